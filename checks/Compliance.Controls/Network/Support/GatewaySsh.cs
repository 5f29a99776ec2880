using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Transport;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// Runs the OpenSSH client on the forwarding vantage against the gateway with the inventory's key. The key travels on
/// stdin into a private temporary file on the vantage that is removed afterwards; it never appears in arguments or evidence.
/// </summary>
internal static class GatewaySsh
{
    private const string Wrapper = """
        set -u
        k=$(mktemp)
        trap 'rm -f "$k"' EXIT
        chmod 600 "$k"
        cat > "$k"
        ssh -F /dev/null -i "$k" -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
            -o ConnectTimeout=8 -o LogLevel=ERROR -o ExitOnForwardFailure=yes "$@" </dev/null
        """;

    public static async Task<CommandResult> RunAsync(CheckContext context, IEnumerable<string> extra, CancellationToken ct)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        var keyPath = Path.IsPathRooted(gw.ForwardingKey) ? gw.ForwardingKey : Path.Combine(context.Inventory.Directory, gw.ForwardingKey);
        var key = await File.ReadAllTextAsync(keyPath, ct).ConfigureAwait(false);
        context.Redactor.Add(key);
        var transport = await Hosts.TransportAsync(context, gw.ForwardingVantage, ct).ConfigureAwait(false);
        string[] args = ["bash", "-c", Wrapper, "gateway-ssh", "-p", gw.SshPort.ToString(CultureInfo.InvariantCulture), .. extra];
        return await transport.RunAsync(new CommandRequest(args, TimeSpan.FromSeconds(30), key), ct).ConfigureAwait(false);
    }

    /// <summary>The recorded hop to a target runs a command (cached per run).</summary>
    public static Task<CommandResult> HopAsync(CheckContext context, string target, CancellationToken ct)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        var gateway = context.Inventory.Host(gw.Host);
        return context.Probes.GetAsync($"hop|{target}", ct =>
            RunAsync(context, [$"{gw.ForwardingUser}@{gateway.Address}", target, "echo", "hop-ok-42"], ct), ct);
    }

    /// <summary>What became of an SSH run, for messages and evidence: no answer in time, or the exit status and the client's error.</summary>
    public static string Describe(CommandResult result) =>
        result.TimedOut
            ? $"no answer within {result.Elapsed.TotalSeconds:0} s"
            : $"exit {result.ExitCode}{(result.StandardError.Trim() is { Length: > 0 } error ? ": " + error : "")}";
}
