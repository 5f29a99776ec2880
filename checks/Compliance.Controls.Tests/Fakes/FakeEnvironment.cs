using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Transport;

namespace Compliance.Controls.Tests.Fakes;

/// <summary>An inventory of fake hosts (with segments) and expected sections, and the check context over it.</summary>
internal sealed class FakeEnvironment : ITransportFactory
{
    private readonly Dictionary<string, FakeHost> hosts = [];
    private readonly List<HostEntry> entries = [];
    private readonly Dictionary<Type, object> sections = [];

    public FakeHost Add(string name, string segment, string address)
    {
        var host = new FakeHost(name);
        hosts[name] = host;
        entries.Add(new HostEntry(name, segment, [address], [], new TransportSettings("fake")));
        return host;
    }

    public FakeHost this[string name] => hosts[name];

    /// <summary>The security-room terminal register of the inventory.</summary>
    public List<Terminal> Terminals { get; } = [];

    public FakeEnvironment With<T>(T section) where T : class
    {
        sections[typeof(T)] = section;
        return this;
    }

    public Task<ITransport> ForHostAsync(string hostName, CancellationToken cancellationToken = default) =>
        hosts.TryGetValue(hostName, out var host) ? Task.FromResult<ITransport>(host) : throw new TransportException($"no transport for {hostName}");

    public CheckContext Context()
    {
        Segment[] segments = [new("room", "198.18.10.0/24", ""), new("dmz", "198.18.30.0/24", ""), new("secure", "198.18.50.0/24", "")];
        var inventory = new EnvironmentInventory("fake", EnvironmentKind.Lab, "/nonexistent", segments, entries, Terminals, [], new ExpectedState(sections));
        return new CheckContext(inventory, this, TimeProvider.System);
    }

    public Task<Core.Results.CheckResult> RunAsync(Check check) => check.RunAsync(Context());
}
