using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Runs the OpenSSH client on a vantage against the gateway with a given key. The key travels on stdin into a private
/// temporary file on the vantage that is removed afterwards; it never appears in arguments or evidence. The client
/// accepts only a pinned host key of the gateway (<see cref="SshHostPin"/>); a gateway offering none is not connected to.
/// </summary>
public static class GatewaySshProbe
{
    /// <summary>The text the hop's command echoes on the target.</summary>
    public const string HopMarker = "hop-ok-42";

    // argv: address port pins ssh-arguments...; the key arrives on stdin.
    private const string Wrapper = SshHostPin.Function + """

        set -u
        d=$(mktemp -d)
        trap 'rm -rf "$d"' EXIT
        chmod 700 "$d"
        cat > "$d/key"
        chmod 600 "$d/key"
        addr=$1 port=$2
        pin_options "$d" "$3"
        shift 3
        ssh -F /dev/null -i "$d/key" -o IdentitiesOnly=yes -o BatchMode=yes "${PIN_OPTS[@]}" \
            -o ConnectTimeout=8 -o LogLevel=ERROR -o ExitOnForwardFailure=yes -p "$port" "$@" </dev/null
        rc=$?
        pin_refused "$d" "$addr:$port" && exit 255
        exit $rc
        """;

    /// <summary>Through the recorded hop of <paramref name="login"/> (<c>user@gateway</c>), echoes <see cref="HopMarker"/> on <paramref name="target"/>.</summary>
    public static async Task<GatewayHop> HopAsync(ITransport vantage, string privateKey, PinnedSshServer gateway, string target, CancellationToken cancellationToken)
    {
        var result = await RunAsync(vantage, privateKey, gateway, [gateway.Login, target, "echo", HopMarker], cancellationToken).ConfigureAwait(false);
        return new GatewayHop(target, result.ExitCode, result.TimedOut, result.Elapsed, result.StandardOutput.Contains(HopMarker, StringComparison.Ordinal), result.StandardOutput, result.StandardError);
    }

    /// <summary>Asks the gateway of <paramref name="login"/> for a TCP channel to <paramref name="address"/>:<paramref name="targetPort"/> (<c>ssh -W</c>, the channel behind <c>-J</c>).</summary>
    public static async Task<StdioForward> ForwardAsync(ITransport vantage, string privateKey, PinnedSshServer gateway, string address, int targetPort, CancellationToken cancellationToken)
    {
        var result = await RunAsync(vantage, privateKey, gateway, ["-W", $"{address}:{targetPort.ToString(CultureInfo.InvariantCulture)}", gateway.Login], cancellationToken).ConfigureAwait(false);
        return new StdioForward(address, targetPort, result.StandardOutput.Contains("SSH-", StringComparison.Ordinal), result.ExitCode, (result.StandardOutput + result.StandardError).Trim());
    }

    private static async Task<CommandResult> RunAsync(ITransport vantage, string privateKey, PinnedSshServer gateway, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        ArgumentNullException.ThrowIfNull(gateway);
        string[] argv = ["bash", "-c", Wrapper, "gateway-ssh", gateway.Address, gateway.Port.ToString(CultureInfo.InvariantCulture), SshHostPin.Argument(gateway.HostKeyPins), .. arguments];
        var result = await vantage.RunAsync(new CommandRequest(argv, TimeSpan.FromSeconds(40), privateKey), cancellationToken).ConfigureAwait(false);
        SshHostPin.ThrowOnMismatch(result.StandardOutput, $"{gateway.Address}:{gateway.Port}");
        return result;
    }
}
