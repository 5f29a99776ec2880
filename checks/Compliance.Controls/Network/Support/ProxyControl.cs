using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>Positive control of proxy checks: an allowlisted name is fetched through the proxy by its first client.</summary>
internal static class ProxyControl
{
    public static async Task RequireProxyServesAsync(CheckContext context, EvidenceLog evidence, CancellationToken ct) =>
        await RequireClientServedAsync(context, evidence, context.Inventory.Expected.Get<ProxyExpectation>().Clients[0], ct).ConfigureAwait(false);

    public static async Task RequireClientServedAsync(CheckContext context, EvidenceLog evidence, string client, CancellationToken ct)
    {
        var proxy = context.Inventory.Expected.Get<ProxyExpectation>();
        var url = $"http://{proxy.Allowlist[0]}/";
        var answer = await context.Probes.GetAsync($"proxy-ok|{client}", async ct =>
            await ProxyProbe.GetAsync(await Hosts.TransportAsync(context, client, ct).ConfigureAwait(false), context.Inventory.Host(proxy.Host).Address, proxy.Port, url, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        evidence.Record(client, $"proxy {proxy.Host}", $"GET {url} through the proxy (positive control)", "allowed", $"{answer.Class.Describe()} {answer.HttpCode}", answer.Raw);
        if (!answer.Allowed)
        {
            throw new PrerequisiteFailedException($"{client} cannot fetch the allowlisted {url} through the proxy ({answer.Class.Describe()}): the proxy or the site is down");
        }
    }
}
