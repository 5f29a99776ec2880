using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Antivirus;

namespace Compliance.Controls.Antivirus;

/// <summary>AV-01: on every server an on-demand scan of a freshly written EICAR test file detects it; the file is removed afterwards.</summary>
public sealed class AntivirusDetectsTheEicarTestFileOnEveryServer : Check
{
    /// <inheritdoc/>
    public override string ControlId => "AV-01";

    /// <inheritdoc/>
    public override string Title => "An on-demand scan detects the EICAR test file on every server";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<AntivirusExpectation>();
        var adapter = AntivirusAdapters.For(expected.Product);
        var hosts = AntivirusHosts.Of(context.Inventory, expected);
        var findings = new Findings("server");
        await PerHost.RunAsync(context, hosts, findings, async transport =>
        {
            var (scan, path, _) = await EicarScan.RunAsync(adapter, transport, cancellationToken).ConfigureAwait(false);
            evidence.Record("suite", transport.HostName, $"write EICAR test file to {path}, {adapter.Product} on-demand scan, remove", "detected", $"{scan.Observed}; file removed", scan.Raw);
            if (!scan.Holds)
            {
                findings.Violation($"{transport.HostName}: the EICAR test file was not detected ({scan.Observed})");
            }
        }, cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{adapter.Product} detected the EICAR test file on {string.Join(", ", hosts)}.");
    }
}
