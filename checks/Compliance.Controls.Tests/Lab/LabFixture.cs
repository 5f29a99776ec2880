using Compliance.Core.Inventory;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// A lab instance for the current test, held by it alone until it ends (see <see cref="LabPool"/>). Needs root and the
/// lab's packages; otherwise the lab tests are ignored.
/// </summary>
internal static class LabFixture
{
    public static Task<(LabInstance Lab, EnvironmentInventory Inventory)> UpAsync() => LabPool.LeaseAsync();
}
