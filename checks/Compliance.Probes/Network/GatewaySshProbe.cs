using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Runs the OpenSSH client on a vantage against the gateway with a given key. The key travels on stdin into a private
/// temporary file on the vantage that is removed afterwards; it never appears in arguments or evidence.
/// </summary>
public static class GatewaySshProbe
{
    /// <summary>The text the hop's command echoes on the target.</summary>
    public const string HopMarker = "hop-ok-42";

    private const string Wrapper = """
        set -u
        k=$(mktemp)
        trap 'rm -f "$k"' EXIT
        chmod 600 "$k"
        cat > "$k"
        ssh -F /dev/null -i "$k" -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
            -o ConnectTimeout=8 -o LogLevel=ERROR -o ExitOnForwardFailure=yes "$@" </dev/null
        """;

    /// <summary>Through the recorded hop of <paramref name="login"/> (<c>user@gateway</c>), echoes <see cref="HopMarker"/> on <paramref name="target"/>.</summary>
    public static async Task<GatewayHop> HopAsync(ITransport vantage, string privateKey, int port, string login, string target, CancellationToken cancellationToken)
    {
        var result = await RunAsync(vantage, privateKey, port, [login, target, "echo", HopMarker], cancellationToken).ConfigureAwait(false);
        return new GatewayHop(target, result.ExitCode, result.TimedOut, result.Elapsed, result.StandardOutput.Contains(HopMarker, StringComparison.Ordinal), result.StandardOutput, result.StandardError);
    }

    /// <summary>Asks the gateway of <paramref name="login"/> for a TCP channel to <paramref name="address"/>:<paramref name="targetPort"/> (<c>ssh -W</c>, the channel behind <c>-J</c>).</summary>
    public static async Task<StdioForward> ForwardAsync(ITransport vantage, string privateKey, int port, string login, string address, int targetPort, CancellationToken cancellationToken)
    {
        var result = await RunAsync(vantage, privateKey, port, ["-W", $"{address}:{targetPort.ToString(CultureInfo.InvariantCulture)}", login], cancellationToken).ConfigureAwait(false);
        return new StdioForward(address, targetPort, result.StandardOutput.Contains("SSH-", StringComparison.Ordinal), result.ExitCode, (result.StandardOutput + result.StandardError).Trim());
    }

    private static Task<CommandResult> RunAsync(ITransport vantage, string privateKey, int port, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        string[] argv = ["bash", "-c", Wrapper, "gateway-ssh", "-p", port.ToString(CultureInfo.InvariantCulture), .. arguments];
        return vantage.RunAsync(new CommandRequest(argv, TimeSpan.FromSeconds(30), privateKey), cancellationToken);
    }
}
