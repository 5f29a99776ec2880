namespace Compliance.Core.Transport;

/// <summary>
/// Runs commands on one host of an environment (a lab namespace, an SSH server).
/// Throws <see cref="TransportException"/> when the transport itself fails (host unreachable,
/// authentication refused, host key mismatch); a command that runs and fails is a result, not an exception.
/// </summary>
public interface ITransport : IAsyncDisposable
{
    /// <summary>The logical host name of the inventory.</summary>
    string HostName { get; }

    /// <summary>A short description of the path, for evidence (e.g. <c>netns lab-ml01</c>, <c>ssh infra@ml01 via gateway (recorded)</c>).</summary>
    string Describe { get; }

    /// <summary>Runs one command and returns what it did.</summary>
    Task<CommandResult> RunAsync(CommandRequest request, CancellationToken cancellationToken = default);
}
