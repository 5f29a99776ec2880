using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-08: every allowlisted FQDN is fetched through the proxy over HTTP and HTTPS (CONNECT) by every client.</summary>
public sealed class ProxyServesEveryAllowlistedName : Check
{
    private static readonly string[] Schemes = ["http", "https"];

    public override string ControlId => "NET-08";

    public override string Title => "The proxy serves every allowlisted name over HTTP and HTTPS";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var proxy = context.Inventory.Expected.Get<ProxyExpectation>();
        var address = context.Inventory.Host(proxy.Host).Address;
        var findings = new Findings("request");
        var requests = from client in proxy.Clients
                       from name in proxy.Allowlist
                       from scheme in Schemes
                       select (Client: client, Url: $"{scheme}://{name}/");
        await findings.EachAsync(requests, r => $"{r.Client} {r.Url}", r => Fetch(r.Client, r.Url), cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{proxy.Allowlist.Count} allowlisted names served over HTTP and HTTPS to {string.Join(", ", proxy.Clients)}");
        async Task Fetch(string client, string url)
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, client, cancellationToken).ConfigureAwait(false);
            var answer = await ProxyProbe.GetAsync(await Hosts.TransportAsync(context, client, cancellationToken).ConfigureAwait(false), address, proxy.Port, url, cancellationToken).ConfigureAwait(false);
            evidence.Record(client, $"proxy {proxy.Host}", $"GET {url}", "allowed (the site answers)", $"{answer.Class.Describe()} http={answer.HttpCode} connect={answer.ConnectCode}", answer.Raw);
            if (!answer.Allowed)
            {
                findings.Violation($"allowlisted name not served: {client} {url}: {answer.Class.Describe()}");
            }
        }
    }
}
