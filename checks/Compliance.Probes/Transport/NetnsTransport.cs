using Compliance.Core.Transport;

namespace Compliance.Probes.Transport;

/// <summary>
/// Runs commands inside a lab host: <c>nsenter --net=/run/netns/&lt;ns&gt; [--mount=...] [--uts=...] -- argv</c>.
/// The mount and UTS namespaces are entered when the lab made them
/// (<c>/run/compliance-lab/&lt;instance&gt;/ns/&lt;host&gt;.mnt|.uts</c>, instance = text before the first '-').
/// A missing network namespace is a <see cref="TransportException"/>; a command that fails is a result.
/// </summary>
public sealed class NetnsTransport : ITransport
{
    private readonly string networkNamespacePath;
    private readonly string mountNamespacePath;
    private readonly string utsNamespacePath;

    /// <summary>Creates the transport of <paramref name="hostName"/> living in network namespace <paramref name="networkNamespace"/>.</summary>
    public NetnsTransport(string hostName, string networkNamespace, string netnsRoot = "/run/netns", string labRoot = "/run/compliance-lab")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(networkNamespace);
        HostName = hostName;
        Namespace = networkNamespace;
        networkNamespacePath = Path.Combine(netnsRoot, networkNamespace);
        var dash = networkNamespace.IndexOf('-', StringComparison.Ordinal);
        var instance = dash > 0 ? networkNamespace[..dash] : networkNamespace;
        var host = dash > 0 ? networkNamespace[(dash + 1)..] : networkNamespace;
        mountNamespacePath = Path.Combine(labRoot, instance, "ns", host + ".mnt");
        utsNamespacePath = Path.Combine(labRoot, instance, "ns", host + ".uts");
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

        return LocalCommand.RunAsync(BuildArguments(request.Arguments), request, cancellationToken);
    }

    /// <summary>The nsenter argument vector for a command.</summary>
    internal List<string> BuildArguments(IReadOnlyList<string> command)
    {
        List<string> argv = ["nsenter", $"--net={networkNamespacePath}"];
        if (File.Exists(mountNamespacePath))
        {
            argv.Add($"--mount={mountNamespacePath}");
        }

        if (File.Exists(utsNamespacePath))
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
