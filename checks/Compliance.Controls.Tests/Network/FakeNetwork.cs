using Compliance.Core.Transport;

namespace Compliance.Controls.Tests.Network;

/// <summary>Transports whose commands are answered by a function of (host, arguments): a scripted network.</summary>
internal sealed class FakeNetwork(Func<string, IReadOnlyList<string>, string> answer) : ITransportFactory
{
    public Task<ITransport> ForHostAsync(string hostName, CancellationToken cancellationToken = default) =>
        Task.FromResult<ITransport>(new Host(hostName, answer));

    private sealed class Host(string name, Func<string, IReadOnlyList<string>, string> answer) : ITransport
    {
        public string HostName => name;

        public string Describe => $"fake {name}";

        public Task<CommandResult> RunAsync(CommandRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CommandResult(0, answer(name, request.Arguments), "", TimeSpan.Zero, false));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
