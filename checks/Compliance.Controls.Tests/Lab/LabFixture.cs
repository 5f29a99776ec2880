using Compliance.Core.Inventory;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// Brings one lab instance up for the scenario tests (LAB_INSTANCE, default <c>labc</c>) and down at the end
/// (kept when LAB_KEEP=1). Needs root and the lab's packages; otherwise the scenario tests are ignored.
/// </summary>
internal static class LabFixture
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (LabInstance Lab, EnvironmentInventory Inventory)? current;

    public static async Task<(LabInstance Lab, EnvironmentInventory Inventory)> UpAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (current is { } up)
            {
                return up;
            }

            if (Environment.UserName != "root" || !File.Exists("/usr/sbin/nft"))
            {
                Assert.Ignore("the lab needs root and nftables");
            }

            var root = LabInstance.RepositoryRoot();
            var name = Environment.GetEnvironmentVariable("LAB_INSTANCE") is { Length: > 0 } n ? n : "labc";
            var lab = new LabInstance(root, name);
            await lab.UpAsync();
            current = (lab, LabEnvironment.Load(Path.Combine(root, "environments", "lab"), name));
            return current.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task DownAsync()
    {
        if (current is { } up && Environment.GetEnvironmentVariable("LAB_KEEP") != "1")
        {
            await up.Lab.DownAsync();
        }

        current = null;
    }
}
