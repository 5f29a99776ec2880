using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Antivirus;

/// <summary>
/// Symantec Endpoint Protection for Linux through its documented command-line tool <c>sav</c>:
/// <c>sav info -a</c> (Auto-Protect state) with the <c>rtvscand</c> daemon, <c>sav info -d</c> (definitions date and
/// revision), <c>sav manualscan --clscan FILE</c> (on-demand scan with the configured action).
/// </summary>
public sealed class SymantecAdapter : IAntivirusAdapter
{
    /// <summary>Where the SEP for Linux installer puts the command-line tool.</summary>
    public const string Sav = "/opt/Symantec/symantec_antivirus/sav";

    private const string DaemonScript = """
        self=$(readlink /proc/self/ns/mnt); pids=""
        for p in $(pgrep -x rtvscand); do [ "$(readlink /proc/$p/ns/mnt 2>/dev/null)" = "$self" ] && pids="$pids $p"; done
        echo "rtvscand pids:$pids"
        echo "autoprotect: $("$0" info -a 2>&1)"
        """;

    /// <inheritdoc/>
    public string Product => "Symantec Endpoint Protection";

    /// <inheritdoc/>
    public async Task<AvStatus> DaemonAsync(ITransport transport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transport);
        var result = await transport.RunAsync(new CommandRequest(["sh", "-c", DaemonScript, Sav], HostCommand.DefaultTimeout), cancellationToken).ConfigureAwait(false);
        return SymantecOutput.Daemon(result.StandardOutput);
    }

    /// <inheritdoc/>
    public async Task<AvDefinitions> DefinitionsAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var output = await HostCommand.OutputAsync(transport, cancellationToken, Sav, "info", "-d").ConfigureAwait(false);
        return SymantecOutput.Definitions(output);
    }

    /// <inheritdoc/>
    public async Task<AvStatus> ScanAsync(ITransport transport, string path, CancellationToken cancellationToken)
    {
        var scan = await HostCommand.RunAsync(transport, cancellationToken, Sav, "manualscan", "--clscan", path).ConfigureAwait(false);
        var after = await HostCommand.RunAsync(transport, cancellationToken, "test", "-e", path).ConfigureAwait(false);
        return SymantecOutput.Scan(scan, stillThere: after.ExitCode == 0);
    }
}
