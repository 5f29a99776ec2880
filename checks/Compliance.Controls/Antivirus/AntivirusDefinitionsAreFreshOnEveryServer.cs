using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Antivirus;

namespace Compliance.Controls.Antivirus;

/// <summary>AV-01: on every server the antivirus definitions are younger than the inventory's limit.</summary>
public sealed class AntivirusDefinitionsAreFreshOnEveryServer : Check
{
    /// <inheritdoc/>
    public override string ControlId => "AV-01";

    /// <inheritdoc/>
    public override string Title => "Antivirus definitions are fresh on every server";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<AntivirusExpectation>();
        var adapter = AntivirusAdapters.For(expected.Product);
        var hosts = AntivirusHosts.Of(context.Inventory, expected);
        var limit = TimeSpan.FromHours(expected.MaxDefinitionAgeHours);
        var findings = new Findings("server");
        await PerHost.RunAsync(context, hosts, findings, async transport =>
        {
            var definitions = await adapter.DefinitionsAsync(transport, cancellationToken).ConfigureAwait(false);
            var age = context.Clock.GetUtcNow() - definitions.BuiltUtc;
            evidence.Record("suite", transport.HostName, $"{adapter.Product} definitions age", $"at most {expected.MaxDefinitionAgeHours} h", $"{definitions.Observed}; age {age.TotalHours:F1} h", definitions.Raw);
            if (age > limit)
            {
                findings.Violation($"{transport.HostName}: definitions are {age.TotalHours:F0} h old (limit {expected.MaxDefinitionAgeHours} h)");
            }
        }, cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{adapter.Product} definitions are at most {expected.MaxDefinitionAgeHours} h old on {string.Join(", ", hosts)}.");
    }
}
