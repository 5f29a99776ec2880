using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-10: the data-receipt terminal reaches the internet through the proxy's allowlist and by no direct TCP port (every port of the listed outside addresses, the most common ports of the run's sample of others).</summary>
public sealed class DataTerminalReachesInternetOnlyThroughProxy : Check
{
    public override string ControlId => "NET-10";

    public override string Title => "The data-receipt terminal reaches the internet only through the proxy and its allowlist";

    /// <inheritdoc/>
    public override bool IsLong => true;

    /// <inheritdoc/>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var proxy = context.Inventory.Expected.Get<ProxyExpectation>();
        await Egress.RequireSinkAliveAsync(context, evidence, "tcp", cancellationToken).ConfigureAwait(false);
        var scope = await Egress.ScopeAsync(context, evidence, "tcp", cancellationToken).ConfigureAwait(false);
        return await EgressCheck.RunAsync(context, evidence, egress.ProxyOnlyTerminals,
            v => ProxyControl.RequireClientServedAsync(context, evidence, v, cancellationToken),
            async v =>
            {
                var direct = await Egress.TcpViolationAsync(context, evidence, v, cancellationToken).ConfigureAwait(false);
                var transport = await Hosts.TransportAsync(context, v, cancellationToken).ConfigureAwait(false);
                var url = $"http://{proxy.DeniedNames[0]}/";
                var denied = await ProxyProbe.GetAsync(transport, context.Inventory.Host(proxy.Host).Address, proxy.Port, url, cancellationToken).ConfigureAwait(false);
                evidence.Record(v, $"proxy {proxy.Host}", $"GET {url} through the proxy", "denied", denied.Class.Describe(), denied.Raw);
                var viaProxy = denied.Class switch
                {
                    ProxyClass.Denied => null,
                    ProxyClass.Allowed or ProxyClass.UpstreamError => $"{v} fetched the unlisted {url} through the proxy",
                    _ => throw new PrerequisiteFailedException($"{v}: unexpected proxy probe result {denied.Class.Describe()}"),
                };
                return string.Join("; ", new[] { direct, viaProxy }.OfType<string>()) is { Length: > 0 } s ? s : null;
            },
            $"{string.Join(", ", egress.ProxyOnlyTerminals)} reach allowlisted names through the proxy, nothing unlisted, and no direct TCP port ({scope})", cancellationToken).ConfigureAwait(false);
    }
}
