using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-10: the infra and developer terminals get nothing from the internet through the proxy. From each terminal the proxy's
/// port is either blocked by the network (a TCP connect whose SYN was seen to leave the terminal and that did not connect),
/// or, when it connects, the proxy refuses every kind of request: every allowlisted name over HTTP and HTTPS (CONNECT), an
/// unlisted name and an IP literal. A connect stopped on the terminal itself (its own packet filter or routes, which its
/// users may change) proves nothing about the network and leaves that terminal Not verified.
/// </summary>
public sealed class InfraAndDeveloperTerminalsCannotUseTheProxy : Check
{
    public override string ControlId => "NET-10";

    public override string Title => "The infra and developer terminals get nothing from the internet through the proxy";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var proxy = context.Inventory.Expected.Get<ProxyExpectation>();
        var address = context.Inventory.Host(proxy.Host).Address;
        var port = proxy.Port.ToString(CultureInfo.InvariantCulture);
        var urls = proxy.Allowlist.Append(proxy.DeniedNames[0]).Append(proxy.IpLiteral)
            .SelectMany(n => new[] { $"http://{n}/", $"https://{n}/" }).ToList();
        await ProxyControl.RequireProxyServesAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var findings = new Findings("terminal");
        await findings.EachAsync(egress.IsolatedTerminals, v => v, TerminalAsync, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{string.Join(", ", egress.IsolatedTerminals)} get nothing through the proxy {address}:{port}");

        async Task TerminalAsync(string terminal)
        {
            await AllowedFlowControl.RequireAsync(context, evidence, terminal, cancellationToken).ConfigureAwait(false);
            var started = context.Clock.GetUtcNow();
            var scan = await Scans.TcpAsync(context, terminal, address, port, cancellationToken).ConfigureAwait(false);
            var outcome = scan.OutcomeOf(proxy.Port, PortClass.TimedOut);
            evidence.Record(terminal, $"proxy {address}:{port}", "TCP connect to the proxy port, watched leaving the terminal", "blocked by the network, or every request refused by the proxy", $"{outcome.Word}; {scan.Summary}", scan.Raw, started);
            switch (outcome.Class)
            {
                case PortClass.TimedOut or PortClass.Refused or PortClass.Unreachable or PortClass.Prohibited:
                    return;
                case PortClass.Connected:
                    await findings.EachAsync(urls, u => $"{terminal} {u}", u => ProxyControl.RequireRefusedAsync(context, evidence, findings, terminal, u, cancellationToken), cancellationToken, context.Redactor).ConfigureAwait(false);
                    return;
                case PortClass.BlockedOnVantage or PortClass.Unattributed:
                    throw new PrerequisiteFailedException($"{terminal}: the connect to the proxy was stopped on the terminal itself ({outcome.Word}): its own packet filter or routes prove nothing about the firewall");
                default:
                    throw new PrerequisiteFailedException($"{terminal}: unexpected result of the connect to the proxy: {outcome.Word}");
            }
        }
    }
}
