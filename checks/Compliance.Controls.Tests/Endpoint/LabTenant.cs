using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Transport;
using Compliance.Graph;
using Compliance.Graph.Recorded;

namespace Compliance.Controls.Tests.Endpoint;

/// <summary>The lab environment built in code (as environments/lab describes it) with the recorded tenant and chosen violation overlays.</summary>
internal sealed class LabTenant : IGraphConnector, ITransportFactory
{
    public static readonly GraphExpectation Expected = new()
    {
        TenantId = "4f1d2c3b-0000-4000-8000-00000000a001",
        ClientId = "4f1d2c3b-0000-4000-8000-00000000a002",
        RecordedTenant = "tenant/compliant",
        ProjectGroupId = "5a1f0c3e-7d11-4c2a-9b51-0000000000a1",
        TerminalDeviceGroupId = "5a1f0c3e-7d11-4c2a-9b51-0000000000b2",
        TerminalDeviceFilter = "device.extensionAttribute1 -eq \"SR-TERMINAL\"",
        LocalAdminGroupId = "5a1f0c3e-7d11-4c2a-9b51-0000000000c3",
        LocalAdminDepartment = "IT Operations",
        DepartedUsers = ["carol@sr-lab.example", "dave@sr-lab.example"],
        SignInLookbackDays = 30,
        AntivirusAppNames = ["Symantec Endpoint Protection"],
        EssRecAppNames = ["ESS REC"],
        DataReceiptTerminal = "SR-DAT-01",
    };

    public static readonly IReadOnlyList<Terminal> Terminals =
    [
        new("SR-INF-01", "infra", "02:5e:10:00:00:11", "198.18.10.11", "infra-term", "SR-INF-01", TerminalOs.Windows),
        new("SR-DAT-01", "data", "02:5e:10:00:00:12", "198.18.10.12", "data-term", "SR-DAT-01", TerminalOs.Windows),
        new("SR-DEV-01", "dev", "02:5e:10:00:00:13", "198.18.10.13", "dev-term", "SR-DEV-01", TerminalOs.Windows),
    ];

    private readonly List<RecordedTenantHandler> handlers = [];

    public LabTenant(params string[] violations)
        : this(Expected with { RecordedOverlays = [.. violations.Select(v => $"tenant/violations/{v}")] })
    {
    }

    /// <summary>
    /// The lab's segments, hosts, flows and Secure Zone (as environments/lab declares them) with <paramref name="terminals"/>
    /// (the lab's register unless given) and the <c>graph</c> section <paramref name="expected"/>.
    /// </summary>
    public LabTenant(GraphExpectation expected, EnvironmentKind kind = EnvironmentKind.Lab, string? directory = null, IReadOnlyList<Terminal>? terminals = null, FlowsExpectation? flows = null)
    {
        var lab = LabInventory.Value;
        Inventory = new EnvironmentInventory("lab", kind, directory ?? LabDirectory, lab.Segments, lab.Hosts, terminals ?? Terminals, [],
            new ExpectedState(new Dictionary<Type, object>
            {
                [typeof(GraphExpectation)] = expected,
                [typeof(FlowsExpectation)] = flows ?? lab.Expected.Get<FlowsExpectation>(),
                [typeof(EgressExpectation)] = lab.Expected.Get<EgressExpectation>(),
            }));
    }

    public static string LabDirectory { get; } = Path.Combine(RepoRoot(), "environments", "lab");

    private static Lazy<EnvironmentInventory> LabInventory { get; } = new(() => InventoryLoader.Load(LabDirectory));

    public EnvironmentInventory Inventory { get; }

    /// <summary>Every request the recorded tenant answered, across the checks run so far.</summary>
    public IReadOnlyList<RecordedExchange> Exchanges => [.. handlers.SelectMany(h => h.Exchanges)];

    public CheckContext Context => new(Inventory, this, TimeProvider.System, this);

    public Compliance.Core.Results.CheckResult Run<T>() where T : Check, new() => new T().RunAsync(Context).GetAwaiter().GetResult();

    public GraphReader Connect(EnvironmentInventory inventory)
    {
        var (reader, handler) = GraphConnector.ConnectRecorded(inventory, inventory.Expected.Get<GraphExpectation>());
        handlers.Add(handler);
        return reader;
    }

    public Task<ITransport> ForHostAsync(string hostName, CancellationToken cancellationToken = default) =>
        throw new TransportException($"Graph checks use no host transport (asked for {hostName})");

    private static string RepoRoot() => Compliance.Core.RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory);
}
