using Compliance.Core.Transport;

namespace Compliance.Probes.Transport;

/// <summary>
/// Runs commands inside a lab host: <c>nsenter --net=/run/netns/&lt;ns&gt; [--mount=FILE] [--uts=FILE] -- argv</c>.
/// The mount and UTS namespaces are those the inventory names for the host (<c>mount_namespace</c>, <c>uts_namespace</c>);
/// without them only the network namespace is entered. A missing namespace is a <see cref="TransportException"/>
/// (a command never runs with the machine's own files in place of the host's); a command that fails is a result.
/// </summary>
public sealed class NetnsTransport : ITransport
{
    private readonly string networkNamespacePath;
    private readonly string? mountNamespacePath;
    private readonly string? utsNamespacePath;

    /// <summary>
    /// Creates the transport of <paramref name="hostName"/> living in network namespace <paramref name="networkNamespace"/>,
    /// entering also the mount and UTS namespace files given.
    /// </summary>
    public NetnsTransport(string hostName, string networkNamespace, string? mountNamespacePath = null, string? utsNamespacePath = null, string netnsRoot = "/run/netns")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(networkNamespace);
        HostName = hostName;
        Namespace = networkNamespace;
        networkNamespacePath = Path.Combine(netnsRoot, networkNamespace);
        this.mountNamespacePath = mountNamespacePath;
        this.utsNamespacePath = utsNamespacePath;
    }

    /// <inheritdoc/>
    public string HostName { get; }

    /// <summary>The network namespace name.</summary>
    public string Namespace { get; }

    /// <inheritdoc/>
    public string Describe => $"netns {Namespace}";

    /// <inheritdoc/>
    public Task<CommandResult> RunAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Arguments.Count == 0)
        {
            throw new ArgumentException("a command needs at least one argument", nameof(request));
        }

        if (!File.Exists(networkNamespacePath))
        {
            throw new TransportException($"network namespace {Namespace} does not exist ({networkNamespacePath}); is the lab up?");
        }

        if (new[] { mountNamespacePath, utsNamespacePath }.FirstOrDefault(p => p is not null && !File.Exists(p)) is { } missing)
        {
            throw new TransportException($"namespace file {missing} of host {HostName} does not exist; is the lab up?");
        }

        return LocalCommand.RunAsync(BuildArguments(request.Arguments), request, cancellationToken);
    }

    /// <summary>The nsenter argument vector for a command.</summary>
    internal List<string> BuildArguments(IReadOnlyList<string> command)
    {
        List<string> argv = ["nsenter", $"--net={networkNamespacePath}"];
        if (mountNamespacePath is not null)
        {
            argv.Add($"--mount={mountNamespacePath}");
        }

        if (utsNamespacePath is not null)
        {
            argv.Add($"--uts={utsNamespacePath}");
        }

        argv.Add("--");
        argv.AddRange(command);
        return argv;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
