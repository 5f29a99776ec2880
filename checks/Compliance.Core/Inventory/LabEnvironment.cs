using System.Text.RegularExpressions;
using Compliance.Core.Inventory.Loading;

namespace Compliance.Core.Inventory;

/// <summary>
/// The lab's environment folder (<c>environments/lab</c>) for one instance. Its inventory names the lab's topology
/// (<c>topology: {file: topology.yaml, transport: ...}</c>), from which segments, hosts, addresses and roles are read;
/// <c>{instance}</c> in the transport and in expected values is the instance, as <c>environments/lab/lab</c> names it:
/// the one asked for, else <c>LAB_INSTANCE</c>, else <c>lab</c>.
/// </summary>
public static partial class LabEnvironment
{
    /// <summary>The environment variable naming the lab instance.</summary>
    public const string InstanceVariable = "LAB_INSTANCE";

    /// <summary>The instance <c>environments/lab/lab</c> drives when <see cref="InstanceVariable"/> is not set.</summary>
    public const string DefaultInstance = "lab";

    /// <summary>Loads the lab environment folder for <paramref name="instance"/> (null: <see cref="InstanceVariable"/>, else <see cref="DefaultInstance"/>).</summary>
    public static EnvironmentInventory Load(string labDirectory, string? instance) =>
        InventoryLoader.Load(labDirectory, ExpectedSectionTypes.Declared, instance);

    /// <summary>The instance meant: <paramref name="requested"/>, else <see cref="InstanceVariable"/>, else <see cref="DefaultInstance"/>.</summary>
    public static string Instance(string? requested) =>
        requested is { Length: > 0 } ? requested
        : Environment.GetEnvironmentVariable(InstanceVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultInstance;

    /// <summary>True for 1-8 lowercase letters or digits starting with a letter (the lab's rule for instance names).</summary>
    public static bool IsInstanceName(string name) => InstanceName().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9]{0,7}$")]
    private static partial Regex InstanceName();
}
