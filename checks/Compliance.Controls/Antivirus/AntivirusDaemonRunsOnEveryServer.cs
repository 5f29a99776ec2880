using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Antivirus;

namespace Compliance.Controls.Antivirus;

/// <summary>AV-01: on every server of the Secure Zone, the DMZ and the gateway, the antivirus daemon runs and answers.</summary>
public sealed class AntivirusDaemonRunsOnEveryServer : Check
{
    /// <inheritdoc/>
    public override string ControlId => "AV-01";

    /// <inheritdoc/>
    public override string Title => "The antivirus daemon runs on every server";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<AntivirusExpectation>();
        var adapter = AntivirusAdapters.For(expected.Product);
        var hosts = AntivirusHosts.Of(context.Inventory, expected);
        var findings = new Findings("server");
        await PerHost.RunAsync(context, hosts, findings, async transport =>
        {
            var status = await adapter.DaemonAsync(transport, cancellationToken).ConfigureAwait(false);
            evidence.Record("suite", transport.HostName, $"{adapter.Product} daemon process in this host + answer", "running and answering", status.Observed, status.Raw);
            if (!status.Holds)
            {
                findings.Violation($"{transport.HostName}: {status.Observed}");
            }
        }, cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{adapter.Product} runs and answers on {string.Join(", ", hosts)}.");
    }
}
