using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-09: a request carrying a unique marker, allowed and refused, from every client appears in the proxy's access log
/// with its time, the client's source address and the destination.
/// </summary>
public sealed class ProxyLogsEveryRequestWithSourceAddress : Check
{
    public override string ControlId => "NET-09";

    public override string Title => "The proxy logs every request, allowed or refused, with time, source address and destination";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var proxy = context.Inventory.Expected.Get<ProxyExpectation>();
        var proxyHost = context.Inventory.Host(proxy.Host);
        var log = await Hosts.TransportAsync(context, proxy.Host, cancellationToken).ConfigureAwait(false);
        var since = context.Clock.GetUtcNow().AddSeconds(-5).ToUnixTimeSeconds();
        var requests = proxy.Clients.SelectMany(c => new[] { (Client: c, Url: $"http://{proxy.Allowlist[0]}/compliance-{Guid.NewGuid():N}", Denied: false), (Client: c, Url: $"http://{proxy.DeniedNames[0]}/compliance-{Guid.NewGuid():N}", Denied: true) }).ToList();
        var findings = new Findings("marker request");
        await findings.EachAsync(requests, r => $"{r.Client} {r.Url}", async r =>
        {
            var answer = await ProxyProbe.GetAsync(await Hosts.TransportAsync(context, r.Client, cancellationToken).ConfigureAwait(false), proxyHost.Address, proxy.Port, r.Url, cancellationToken).ConfigureAwait(false);
            evidence.Record(r.Client, $"proxy {proxy.Host}", $"GET {r.Url} (marker request)", r.Denied ? "denied" : "allowed (origin answers, 404 fine)", answer.Class.Describe(), answer.Raw);
            if (answer.Class is not (ProxyClass.Denied or ProxyClass.Allowed))
            {
                throw new PrerequisiteFailedException($"the marker request did not reach the proxy ({answer.Class.Describe()})");
            }

            var source = context.Inventory.Host(r.Client).Address;
            var line = await AccessLogProbe.FindAsync(log, proxy.AccessLog, r.Url[(r.Url.LastIndexOf('/') + 1)..], TimeSpan.FromSeconds(15), context.Clock, cancellationToken).ConfigureAwait(false);
            var ok = line is not null && line.Time >= since && line.HasField(source) && line.Mentions(r.Url) && (!r.Denied || line.Denied);
            evidence.Record(proxy.Host, proxy.AccessLog, $"find marker of {r.Url}", $"one line with time >= {since}, source {source}, the URL{(r.Denied ? ", DENIED" : "")}", line?.Raw ?? "no line with the marker");
            if (!ok)
            {
                findings.Violation($"{r.Client} {(r.Denied ? "refused" : "allowed")} request {(line is null ? "not logged" : "logged without time/source/destination/verdict")}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{requests.Count} marker requests (allowed and refused) found in {proxy.AccessLog} with time, source address and destination");
    }
}
