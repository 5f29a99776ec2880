using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Transport;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>The gateway probes from the inventory's forwarding vantage with the inventory's forwarding key, pinned to the gateway's host key.</summary>
internal static class GatewaySsh
{
    /// <summary>The recorded hop to a target runs a command (cached per run).</summary>
    public static Task<GatewayHop> HopAsync(CheckContext context, string target, CancellationToken ct)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        return context.Probes.GetAsync($"hop|{target}", async ct =>
            await GatewaySshProbe.HopAsync(await VantageAsync(context, gw, ct).ConfigureAwait(false), await KeyAsync(context, gw, ct).ConfigureAwait(false),
                await ServerAsync(context, gw, ct).ConfigureAwait(false), target, ct).ConfigureAwait(false), ct);
    }

    /// <summary>A TCP channel through the gateway to a target's SSH port (<c>ssh -W</c>).</summary>
    public static async Task<StdioForward> ForwardAsync(CheckContext context, string address, CancellationToken ct)
    {
        var gw = context.Inventory.Expected.Get<GatewayExpectation>();
        return await GatewaySshProbe.ForwardAsync(await VantageAsync(context, gw, ct).ConfigureAwait(false), await KeyAsync(context, gw, ct).ConfigureAwait(false),
            await ServerAsync(context, gw, ct).ConfigureAwait(false), address, gw.SshPort, ct).ConfigureAwait(false);
    }

    private static async Task<PinnedSshServer> ServerAsync(CheckContext context, GatewayExpectation gw, CancellationToken ct) =>
        new(gw.ForwardingUser, context.Inventory.Host(gw.Host).Address, gw.SshPort, await HostKeyPins.OfAsync(context, gw.Host, ct).ConfigureAwait(false));

    private static Task<ITransport> VantageAsync(CheckContext context, GatewayExpectation gw, CancellationToken ct) =>
        Hosts.TransportAsync(context, gw.ForwardingVantage, ct);

    private static async Task<string> KeyAsync(CheckContext context, GatewayExpectation gw, CancellationToken ct)
    {
        var key = await File.ReadAllTextAsync(Path.IsPathRooted(gw.ForwardingKey) ? gw.ForwardingKey : Path.Combine(context.Inventory.Directory, gw.ForwardingKey), ct).ConfigureAwait(false);
        context.Redactor.Add(key);
        return key;
    }
}
