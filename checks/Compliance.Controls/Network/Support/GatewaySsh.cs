using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Transport;

namespace Compliance.Controls.Network.Support;

/// <summary>Runs the OpenSSH client on the forwarding vantage against the gateway with the inventory's key.</summary>
internal static class GatewaySsh
{
    public static async Task<CommandResult> RunAsync(CheckContext context, IEnumerable<string> extra, CancellationToken ct)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        var transport = await Hosts.TransportAsync(context, gw.ForwardingVantage, ct).ConfigureAwait(false);
        string[] args = ["ssh", "-F", "/dev/null", "-i", gw.ForwardingKey, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectTimeout=8", "-o", "LogLevel=ERROR",
            "-o", "ExitOnForwardFailure=yes", "-p", gw.SshPort.ToString(CultureInfo.InvariantCulture), .. extra];
        return await transport.RunAsync(new CommandRequest(args, TimeSpan.FromSeconds(30), ""), ct).ConfigureAwait(false);
    }

    /// <summary>The recorded hop to the first target runs a command (cached per run).</summary>
    public static Task<CommandResult> HopAsync(CheckContext context, string target, CancellationToken ct)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        var gateway = context.Inventory.Host(gw.Host);
        return ProbeCache.For(context).GetAsync($"hop|{target}", () =>
            RunAsync(context, [$"{gw.ForwardingUser}@{gateway.Address}", target, "echo", "hop-ok-$((6*7))"], ct));
    }
}
