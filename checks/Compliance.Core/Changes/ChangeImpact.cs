using Compliance.Core.Drift;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Core.Changes;

/// <summary>
/// The differential result of a change run: every requirement and every check of the change run with its outcome in the
/// baseline and with the change, classified by <see cref="Classify"/>; and the exit code it asks for.
/// </summary>
public sealed record ChangeImpact(IReadOnlyList<ImpactEntry> Requirements, IReadOnlyList<ImpactEntry> Checks)
{
    /// <summary>The effect of a move from <paramref name="before"/> (null: not in the baseline) to <paramref name="after"/>.</summary>
    public static ChangeEffect Classify(Outcome? before, Outcome after) => (before, after) switch
    {
        (Outcome.Failed, Outcome.Failed) => ChangeEffect.Unchanged,
        (_, Outcome.Failed) => ChangeEffect.NewlyFailed,
        (Outcome.NotVerified, Outcome.NotVerified) => ChangeEffect.Unchanged,
        (_, Outcome.NotVerified) => ChangeEffect.NewlyNotVerified,
        (Outcome.Failed or Outcome.NotVerified, _) when after.IsCompliant => ChangeEffect.Fixed,
        _ => ChangeEffect.Unchanged,
    };

    /// <summary>The impact of the change whose run resolved <paramref name="after"/>, measured against <paramref name="baseline"/>.</summary>
    public static ChangeImpact Of(RunRecord baseline, IReadOnlyList<RequirementResult> after)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(after);
        var before = baseline.Requirements.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var checksBefore = baseline.Requirements.SelectMany(r => r.Checks).GroupBy(c => c.CheckId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Outcome, StringComparer.Ordinal);
        var requirements = after.Select(r =>
        {
            var was = before.GetValueOrDefault(r.Policy.Id)?.Outcome;
            return new ImpactEntry(r.Policy.Id, r.Policy.Title, null, was, r.Outcome, r.Message, Classify(was, r.Outcome));
        }).ToList();
        var checks = after.SelectMany(r => r.Checks.Select(c =>
        {
            Outcome? was = checksBefore.TryGetValue(c.Result.CheckId, out var o) ? o : null;
            return new ImpactEntry(r.Policy.Id, r.Policy.Title, c.Result.CheckId, was, c.Outcome, c.Message, Classify(was, c.Outcome));
        })).ToList();
        return new ChangeImpact(requirements, checks);
    }

    /// <summary>The requirements and checks of one effect, requirements first.</summary>
    public IReadOnlyList<ImpactEntry> Of(ChangeEffect effect) => [.. Requirements.Concat(Checks).Where(e => e.Effect == effect)];

    /// <summary>
    /// 1 when the change turns a compliant requirement or check Failed; else 2 when it leaves one Not verified; else 0.
    /// What was already Failed or Not verified without the change is reported but does not fail the change.
    /// </summary>
    public int ExitCode =>
        Requirements.Concat(Checks).Any(e => e.Breaks) ? ExitCodes.Failed
        : Requirements.Concat(Checks).Any(e => e.LosesVerification) ? ExitCodes.NotVerified
        : ExitCodes.Compliant;
}
