using Compliance.Core.Results;

namespace Compliance.Core.Drift;

/// <summary>
/// Compares a run with an earlier one: each requirement and each check by <see cref="ChangeKinds"/> (in this run's order),
/// and each input by its SHA-256 (changed, new, or no longer read).
/// </summary>
public static class RunComparer
{
    /// <summary>The changes from <paramref name="compared"/> to <paramref name="current"/>.</summary>
    public static RunChanges Compare(RunRecord compared, RunRecord current, bool requested)
    {
        ArgumentNullException.ThrowIfNull(compared);
        ArgumentNullException.ThrowIfNull(current);
        var before = compared.Requirements.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var checksBefore = compared.Requirements.SelectMany(r => r.Checks).GroupBy(c => c.CheckId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Outcome, StringComparer.Ordinal);
        var requirements = current.Requirements
            .Select(r => new RequirementChange(r.Id, r.Title, before.GetValueOrDefault(r.Id)?.Outcome, r.Outcome));
        var checks = current.Requirements.SelectMany(r => r.Checks.Select(c =>
            new CheckChange(c.CheckId, r.Id, c.Title, checksBefore.TryGetValue(c.CheckId, out var o) ? o : null, c.Outcome)));
        return new RunChanges(
            new ComparedRun(compared.RunId, compared.StartedUtc, compared.EndedUtc, compared.Complete, compared.Environment, compared.Selection, requested),
            requested ? RunChanges.RequestedBasis : RunChanges.LatestBasis,
            ChangeKinds.Sort(requirements, c => ChangeKinds.Of(c.Before, c.After)),
            ChangeKinds.Sort(checks, c => ChangeKinds.Of(c.Before, c.After)),
            Inputs(compared.Inputs, current.Inputs));
    }

    private static List<InputChange> Inputs(IReadOnlyList<InputHash> before, IReadOnlyList<InputHash> after)
    {
        var old = before.GroupBy(i => i.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Sha256, StringComparer.Ordinal);
        var now = after.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. after.Where(i => !old.TryGetValue(i.Name, out var sha) || sha != i.Sha256)
                .Select(i => new InputChange(i.Name, old.GetValueOrDefault(i.Name), i.Sha256)),
            .. before.Where(i => !now.Contains(i.Name)).Select(i => new InputChange(i.Name, i.Sha256, null)),
        ];
    }
}
