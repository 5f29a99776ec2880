using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Antivirus;

namespace Compliance.Controls.Antivirus;

/// <summary>
/// AV-01: on every server the antivirus definitions are younger than the inventory's limit. With several signature
/// databases (ClamAV) each required database is judged on its own (present, built within its limit, at least its
/// minimum version), so a fresh small database cannot hide a stale or missing main one.
/// </summary>
public sealed class AntivirusDefinitionsAreFreshOnEveryServer : Check
{
    private static readonly string[] ClamAvDatabases = ["main", "daily", "bytecode"];

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
        var required = expected.Databases.Count > 0 ? expected.Databases : [.. ClamAvDatabases.Select(n => new AntivirusDatabase { Name = n })];
        var findings = new Findings("server");
        await PerHost.RunAsync(context, hosts, findings, async transport =>
        {
            var definitions = await adapter.DefinitionsAsync(transport, cancellationToken).ConfigureAwait(false);
            var now = context.Clock.GetUtcNow();
            if (definitions.Databases is { } databases)
            {
                evidence.Record("suite", transport.HostName, $"{adapter.Product} databases", string.Join("; ", required.Select(r => Expected(r, expected))), definitions.Observed, definitions.Raw);
                foreach (var problem in required.SelectMany(r => Judge(r, databases, expected, now)))
                {
                    findings.Violation($"{transport.HostName}: {problem}");
                }

                return;
            }

            var age = now - definitions.BuiltUtc;
            evidence.Record("suite", transport.HostName, $"{adapter.Product} definitions age", $"at most {expected.MaxDefinitionAgeHours} h", $"{definitions.Observed}; age {age.TotalHours:F1} h", definitions.Raw);
            if (age > TimeSpan.FromHours(expected.MaxDefinitionAgeHours))
            {
                findings.Violation($"{transport.HostName}: definitions are {age.TotalHours:F0} h old (limit {expected.MaxDefinitionAgeHours} h)");
            }
        }, cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{adapter.Product} definitions are within their limits on {string.Join(", ", hosts)}.");
    }

    private static string Expected(AntivirusDatabase database, AntivirusExpectation expected) =>
        $"{database.Name} at most {database.MaxAgeHours ?? expected.MaxDefinitionAgeHours} h old{(database.MinVersion is { } v ? $", version ≥ {v}" : "")}";

    /// <summary>
    /// The problems of one required database: missing; of a CVD/CLD pair the loaded one (highest version) too old or
    /// below its minimum version; any plain signature file of that name written too long ago.
    /// </summary>
    private static IEnumerable<string> Judge(AntivirusDatabase database, IReadOnlyList<AvDatabase> found, AntivirusExpectation expected, DateTimeOffset now)
    {
        var files = found.Where(f => f.Name == database.Name).ToList();
        if (files.Count == 0)
        {
            yield return $"database {database.Name} is missing";
            yield break;
        }

        var limit = TimeSpan.FromHours(database.MaxAgeHours ?? expected.MaxDefinitionAgeHours);
        var judged = files.Where(f => !f.IsContainer).ToList();
        if (files.Where(f => f.IsContainer).OrderByDescending(f => f.Version ?? -1).ThenByDescending(f => f.Built).FirstOrDefault() is { } loaded)
        {
            judged.Add(loaded);
            if (database.MinVersion is { } min && (loaded.Version ?? -1) < min)
            {
                yield return $"{loaded.File} is version {loaded.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}, below {min}";
            }
        }

        foreach (var file in judged.Where(f => now - f.Built > limit))
        {
            yield return $"{file.File} is {(now - file.Built).TotalHours:F0} h old (limit {limit.TotalHours:F0} h)";
        }
    }
}
