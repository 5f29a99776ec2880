using Compliance.Core.Transport;

namespace Compliance.Runner.Tests.Support;

/// <summary>Transports answering every command with a fixed output per host; hosts not listed are unreachable.</summary>
internal sealed class FakeTransports(IReadOnlyDictionary<string, string> outputByHost) : ITransportFactory
{
    public Task<ITransport> ForHostAsync(string hostName, CancellationToken cancellationToken = default) =>
        outputByHost.TryGetValue(hostName, out var output)
            ? Task.FromResult<ITransport>(new Fake(hostName, output))
            : throw new TransportException($"host {hostName} is unreachable");

    private sealed class Fake(string host, string output) : ITransport
    {
        public string HostName => host;

        public string Describe => $"fake {host}";

        public Task<CommandResult> RunAsync(CommandRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CommandResult(0, output, string.Empty, TimeSpan.Zero, false));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
