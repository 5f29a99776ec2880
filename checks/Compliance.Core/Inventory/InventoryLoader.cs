using Compliance.Core.Inputs;
using Compliance.Core.Inventory.Loading;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory;

/// <summary>
/// Loads an environment folder (<c>inventory.yaml</c> and <c>expected/*.yaml</c>) strictly: any unknown field,
/// duplicate key or name, dangling reference, address outside its segment or missing required field is an
/// <see cref="InputException"/> naming file, line, column and field.
/// </summary>
public static class InventoryLoader
{
    /// <summary>The inventory file name inside an environment folder.</summary>
    public const string InventoryFile = "inventory.yaml";

    /// <summary>The folder of expected-state sections inside an environment folder.</summary>
    public const string ExpectedFolder = "expected";

    /// <summary>Loads the environment, binding the expected sections declared in Compliance.Core.</summary>
    public static EnvironmentInventory Load(string environmentDirectory) =>
        Load(environmentDirectory, ExpectedSectionTypes.Declared);

    /// <summary>Loads the environment, binding expected sections to the given <c>[ExpectedSection]</c> record types.</summary>
    public static EnvironmentInventory Load(string environmentDirectory, IEnumerable<Type> sectionTypes)
    {
        ArgumentNullException.ThrowIfNull(environmentDirectory);
        ArgumentNullException.ThrowIfNull(sectionTypes);
        var directory = Path.GetFullPath(environmentDirectory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InputException(environmentDirectory, "environment folder not found");
        }

        var file = Path.Combine(directory, InventoryFile);
        if (!File.Exists(file))
        {
            throw new InputException(file, "inventory file not found");
        }

        var root = new YamlFields(file, YamlTree.Read(file), string.Empty, "environment", "kind", "segments", "hosts", "terminals", "not_applicable");
        var name = root.Text("environment");
        var kind = ReadKind(root);
        var segments = SegmentReader.Read(root, kind);
        var hosts = HostReader.Read(root, segments, directory);
        var terminals = TerminalReader.Read(root, hosts);
        var notApplicable = NotApplicableReader.Read(root);
        var expected = ExpectedSectionLoader.Load(Path.Combine(directory, ExpectedFolder), sectionTypes);
        return new EnvironmentInventory(name, kind, directory, segments, hosts, terminals, notApplicable, expected)
        {
            Secrets = SecretLoader.Read(directory, hosts, expected),
        };
    }

    private static EnvironmentKind ReadKind(YamlFields root) =>
        root.Text("kind") switch
        {
            "lab" => EnvironmentKind.Lab,
            "production" => EnvironmentKind.Production,
            var other => throw root.ErrorAt(root.Node("kind"), "kind", $"unknown environment kind '{other}' (allowed: lab, production)"),
        };
}
