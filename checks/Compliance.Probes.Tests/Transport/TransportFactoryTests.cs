using Compliance.Core.Inventory;
using Compliance.Core.Transport;
using Compliance.Probes.Transport;

namespace Compliance.Probes.Tests.Transport;

public sealed class TransportFactoryTests
{
    private static readonly EnvironmentInventory Inventory = new(
        "test", EnvironmentKind.Lab, "/tmp", [new Segment("s", "198.18.1.0/24", string.Empty)],
        [
            new HostEntry("a", "s", ["198.18.1.1"], [], new TransportSettings("fake")),
            new HostEntry("b", "s", ["198.18.1.2"], [], new TransportSettings("fake")),
            new HostEntry("c", "s", ["198.18.1.3"], [], new TransportSettings("ssh")),
        ],
        [], [], ExpectedState.Empty);

    [Test]
    public async Task One_transport_per_host_is_opened_even_under_concurrent_requests()
    {
        var provider = new CountingProvider();
        await using var factory = new TransportFactory(Inventory, [provider]);

        var transports = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => factory.ForHostAsync(i % 2 == 0 ? "a" : "b"))));

        Assert.That(provider.Opened, Is.EqualTo(2));
        Assert.That(transports.Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task Host_missing_from_the_inventory_is_a_transport_failure()
    {
        var factory = new TransportFactory(Inventory, [new CountingProvider()]);

        var e = await Assert.ThrowsAsync<TransportException>(() => factory.ForHostAsync("zz"));

        Assert.That(e!.Message, Is.EqualTo("host 'zz' is not in the inventory of environment 'test'"));
    }

    [Test]
    public async Task Host_whose_transport_kind_has_no_provider_is_a_transport_failure()
    {
        var factory = new TransportFactory(Inventory, [new CountingProvider()]);

        var e = await Assert.ThrowsAsync<TransportException>(() => factory.ForHostAsync("c"));

        Assert.That(e!.Message, Is.EqualTo("no transport provider for kind 'ssh' (host c)"));
    }

    [Test]
    public async Task Failed_open_is_retried_on_the_next_request()
    {
        var provider = new CountingProvider { FailFirst = true };
        await using var factory = new TransportFactory(Inventory, [provider]);

        await Assert.ThrowsAsync<TransportException>(() => factory.ForHostAsync("a"));
        var transport = await factory.ForHostAsync("a");

        Assert.That(transport.HostName, Is.EqualTo("a"));
    }

    [Test]
    public async Task Disposing_the_factory_disposes_every_transport_it_opened()
    {
        var provider = new CountingProvider();
        var factory = new TransportFactory(Inventory, [provider]);
        await factory.ForHostAsync("a");
        await factory.ForHostAsync("b");

        await factory.DisposeAsync();

        Assert.That(provider.Transports.Select(t => t.Disposed), Is.All.True);
        Assert.That(provider.Disposed, Is.True);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => factory.ForHostAsync("a"));
    }

    private sealed class CountingProvider : ITransportProvider, IAsyncDisposable
    {
        private int opened;

        public bool Disposed { get; private set; }

        public bool FailFirst { get; set; }

        public int Opened => opened;

        public List<StubTransport> Transports { get; } = [];

        public string Kind => "fake";

        public async Task<ITransport> OpenAsync(HostEntry host, EnvironmentInventory inventory, CancellationToken cancellationToken = default)
        {
            await Task.Delay(20, cancellationToken);
            if (Interlocked.Increment(ref opened) == 1 && FailFirst)
            {
                throw new TransportException("refused");
            }

            var t = new StubTransport(host.Name);
            lock (Transports)
            {
                Transports.Add(t);
            }

            return t;
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }

    private sealed class StubTransport(string host) : ITransport
    {
        public bool Disposed { get; private set; }

        public string HostName => host;

        public string Describe => "stub";

        public Task<CommandResult> RunAsync(CommandRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CommandResult(0, string.Empty, string.Empty, TimeSpan.Zero, false));

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
