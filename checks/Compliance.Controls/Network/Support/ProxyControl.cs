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

    /// <summary>
    /// A request the proxy must refuse: GET <paramref name="url"/> through the proxy from <paramref name="client"/>. Refused:
    /// nothing; served (or fetched upstream): a violation in <paramref name="findings"/>; any other answer: not established.
    /// </summary>
    public static async Task RequireRefusedAsync(CheckContext context, EvidenceLog evidence, Findings findings, string client, string url, CancellationToken ct)
    {
        var proxy = context.Inventory.Expected.Get<ProxyExpectation>();
        var transport = await Hosts.TransportAsync(context, client, ct).ConfigureAwait(false);
        var answer = await ProxyProbe.GetAsync(transport, context.Inventory.Host(proxy.Host).Address, proxy.Port, url, ct).ConfigureAwait(false);
        evidence.Record(client, $"proxy {proxy.Host}", $"GET {url}", "denied by the proxy (403 / CONNECT 403)", $"{answer.Class.Describe()} http={answer.HttpCode} connect={answer.ConnectCode} {answer.ProxyError}", answer.Raw);
        switch (answer.Class)
        {
            case ProxyClass.Denied:
                return;
            case ProxyClass.Allowed or ProxyClass.UpstreamError:
                findings.Violation($"the proxy let through {client} {url} ({answer.Class.Describe()})");
                return;
            default:
                throw new PrerequisiteFailedException($"unexpected proxy result {answer.Class.Describe()} for {client} {url}");
        }
    }
}
