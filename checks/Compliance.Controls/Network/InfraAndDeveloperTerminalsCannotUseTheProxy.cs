using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-10: even an allowlisted name is not fetched through the proxy from the infra and developer terminals.</summary>
public sealed class InfraAndDeveloperTerminalsCannotUseTheProxy : Check
{
    public override string ControlId => "NET-10";

    public override string Title => "The infra and developer terminals get nothing from the internet through the proxy";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var proxy = context.Inventory.Expected.Get<ProxyExpectation>();
        var proxyHost = context.Inventory.Host(proxy.Host);
        await ProxyControl.RequireProxyServesAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        return await EgressCheck.RunAsync(context, evidence, egress.IsolatedTerminals,
            v => AllowedFlowControl.RequireAsync(context, evidence, v, cancellationToken),
            async v =>
            {
                var transport = await Hosts.TransportAsync(context, v, cancellationToken).ConfigureAwait(false);
                var url = $"http://{proxy.Allowlist[0]}/";
                var answer = await ProxyProbe.GetAsync(transport, proxyHost.Address, proxy.Port, url, cancellationToken).ConfigureAwait(false);
                evidence.Record(v, $"proxy {proxyHost.Address}:{proxy.Port}", $"GET {url} through the proxy", "proxy-unreachable or denied", answer.Class.Describe(), answer.Raw);
                return answer.Class switch
                {
                    ProxyClass.Allowed or ProxyClass.UpstreamError => $"{v} fetched {url} through the proxy ({answer.HttpCode})",
                    ProxyClass.ProxyUnreachable or ProxyClass.Denied => null,
                    _ => throw new PrerequisiteFailedException($"{v}: unexpected proxy probe result {answer.Class.Describe()}: {answer.Raw}"),
                };
            },
            $"{string.Join(", ", egress.IsolatedTerminals)} get nothing through the proxy").ConfigureAwait(false);
    }
}
