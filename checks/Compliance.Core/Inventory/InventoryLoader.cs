using Compliance.Core.Inputs;
using Compliance.Core.Inventory.Loading;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory;

/// <summary>
/// Loads an environment folder (<c>inventory.yaml</c> and <c>expected/*.yaml</c>) strictly: any unknown field,
/// duplicate key or name, dangling reference, address outside its segment or missing required field is an
/// <see cref="InputException"/> naming file, line, column and field. A lab inventory may take its segments and hosts
/// from the lab's topology (<c>topology:</c>, see <see cref="LabEnvironment"/>) instead of listing them.
/// </summary>
public static class InventoryLoader
{
    /// <summary>The inventory file name inside an environment folder.</summary>
    public const string InventoryFile = "inventory.yaml";

    /// <summary>The folder of expected-state sections inside an environment folder.</summary>
    public const string ExpectedFolder = "expected";

    private static readonly string[] TopologyKeys = ["segments", "hosts"];

    /// <summary>Loads the environment, binding the expected sections declared in Compliance.Core.</summary>
    public static EnvironmentInventory Load(string environmentDirectory) =>
        Load(environmentDirectory, ExpectedSectionTypes.Declared);

    /// <summary>Loads the environment, binding expected sections to the given <c>[ExpectedSection]</c> record types.</summary>
    public static EnvironmentInventory Load(string environmentDirectory, IEnumerable<Type> sectionTypes) =>
        Load(environmentDirectory, sectionTypes, labInstance: null);

    /// <summary>
    /// Loads the environment, binding expected sections to the given record types; a lab inventory with <c>topology:</c>
    /// is read for <paramref name="labInstance"/> (null: as <see cref="LabEnvironment.Instance"/> chooses).
    /// </summary>
    public static EnvironmentInventory Load(string environmentDirectory, IEnumerable<Type> sectionTypes, string? labInstance)
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

        var root = new YamlFields(file, YamlTree.Read(file), string.Empty, "environment", "kind", "topology", "segments", "hosts", "terminals", "not_applicable", "report_signing");
        var name = root.Text("environment");
        var kind = ReadKind(root);
        Dictionary<string, string> placeholders = new(StringComparer.Ordinal);
        IReadOnlyList<Segment> segments;
        IReadOnlyList<HostEntry> hosts;
        if (root.OptionalNode("topology") is { } topology)
        {
            var instance = LabInstance(root, kind, topology, labInstance);
            placeholders["instance"] = instance;
            (segments, hosts) = TopologyReader.Read(root, directory, instance);
        }
        else
        {
            segments = SegmentReader.Read(root, kind);
            hosts = HostReader.Read(root, segments, directory);
        }

        var (terminals, terminalsEmpty) = TerminalReader.Read(root, hosts);
        var notApplicable = NotApplicableReader.Read(root);
        var expected = ExpectedSectionLoader.Load(Path.Combine(directory, ExpectedFolder), sectionTypes, placeholders);
        return new EnvironmentInventory(name, kind, directory, segments, hosts, terminals, notApplicable, expected)
        {
            Secrets = SecretLoader.Read(directory, hosts, expected),
            EmptyOnPurpose = terminalsEmpty is null ? [] : [terminalsEmpty],
            ReportSigning = ReportSigningReader.Read(root, directory, placeholders),
        };
    }

    private static string LabInstance(YamlFields root, EnvironmentKind kind, YamlNode topology, string? requested)
    {
        if (kind != EnvironmentKind.Lab)
        {
            throw root.ErrorAt(topology, "topology", "only a lab environment takes its hosts from a topology");
        }

        if (TopologyKeys.FirstOrDefault(k => root.Map[k] is not null) is { } listed)
        {
            throw root.ErrorAt(root.Map.Entries.First(e => e.Key.Value == listed).Key, listed, "the segments and hosts of this lab come from its topology; list them there");
        }

        var instance = LabEnvironment.Instance(requested);
        return LabEnvironment.IsInstanceName(instance)
            ? instance
            : throw root.ErrorAt(topology, "topology", $"lab instance '{instance}' ({LabEnvironment.InstanceVariable}) must be 1-8 lowercase letters or digits starting with a letter");
    }

    private static EnvironmentKind ReadKind(YamlFields root) =>
        root.Text("kind") switch
        {
            "lab" => EnvironmentKind.Lab,
            "production" => EnvironmentKind.Production,
            var other => throw root.ErrorAt(root.Node("kind"), "kind", $"unknown environment kind '{other}' (allowed: lab, production)"),
        };
}
