using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Core.Results;

namespace Compliance.Core.Outcomes;

/// <summary>
/// Turns check results into one <see cref="RequirementResult"/> per selected policy.
/// <list type="bullet">
/// <item>Only a Failed check can be waived: an unexpired waiver naming the requirement or the check turns it into
/// Waived. Not verified is never waived, because a waiver accepts a known violation, not an unknown state.</item>
/// <item>An expired waiver leaves the check Failed and says "waiver &lt;ticket&gt; expired on &lt;date&gt;".</item>
/// <item>A manual policy is Attested with an unexpired attestation, otherwise Failed with the reason.</item>
/// <item>A planned policy has no outcome ("planned"); a requirement declared not applicable is Not applicable.</item>
/// <item>An active automated policy whose checks produced no result is Not verified ("no check ran").</item>
/// </list>
/// Waivers and attestations are valid through their expiry date.
/// </summary>
public sealed class OutcomeResolver(
    IReadOnlyList<Waiver> waivers,
    IReadOnlyList<Attestation> attestations,
    IReadOnlyList<NotApplicableEntry> notApplicable,
    DateOnly today)
{
    /// <summary>The results of <paramref name="selected"/> policies, in the given order.</summary>
    public IReadOnlyList<RequirementResult> Resolve(IEnumerable<Policy> selected, IReadOnlyList<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(results);
        return [.. selected.Select(p => Resolve(p, [.. results.Where(r => r.ControlId == p.Id).Select(ResolveCheck)]))];
    }

    private RequirementResult Resolve(Policy policy, IReadOnlyList<ResolvedCheck> checks)
    {
        if (policy.Status == PolicyStatus.Planned)
        {
            return new RequirementResult(policy, null, "planned", checks, null);
        }

        if (notApplicable.FirstOrDefault(n => n.Target == policy.Id) is { } na)
        {
            return new RequirementResult(policy, Outcome.NotApplicable, na.Reason, checks, null);
        }

        if (policy.Kind == PolicyKind.Manual)
        {
            return ResolveManual(policy, checks);
        }

        if (checks.Count == 0)
        {
            return new RequirementResult(policy, Outcome.NotVerified, "no check ran", checks, null);
        }

        var outcome = OutcomeRollup.Combine(checks.Select(c => c.Outcome));
        return new RequirementResult(policy, outcome, Summarize(outcome, checks), checks, null);
    }

    private RequirementResult ResolveManual(Policy policy, IReadOnlyList<ResolvedCheck> checks)
    {
        var attestation = attestations.Where(a => a.ControlId == policy.Id).MaxBy(a => a.Expires);
        if (attestation is null)
        {
            return new RequirementResult(policy, Outcome.Failed, "no attestation on file", checks, null);
        }

        return attestation.Expires < today
            ? new RequirementResult(policy, Outcome.Failed, $"attestation by {attestation.AttestedBy} expired on {Date(attestation.Expires)}", checks, attestation)
            : new RequirementResult(policy, Outcome.Attested, $"attested by {attestation.AttestedBy} on {Date(attestation.AttestedOn)}, valid until {Date(attestation.Expires)}", checks, attestation);
    }

    private ResolvedCheck ResolveCheck(CheckResult result)
    {
        if (result.Outcome != Outcome.Failed)
        {
            return new ResolvedCheck(result, result.Outcome, result.Message, null);
        }

        var matching = waivers.Where(w => w.Target == result.ControlId || w.Target == result.CheckId).ToList();
        if (matching.Where(w => w.Expires >= today).MaxBy(w => w.Expires) is { } valid)
        {
            return new ResolvedCheck(result, Outcome.Waived, $"waived by {valid.Ticket} (approved by {valid.Approver}, until {Date(valid.Expires)}): {result.Message}", valid);
        }

        return matching.MaxBy(w => w.Expires) is { } expired
            ? new ResolvedCheck(result, Outcome.Failed, $"waiver {expired.Ticket} expired on {Date(expired.Expires)}: {result.Message}", expired)
            : new ResolvedCheck(result, Outcome.Failed, result.Message, null);
    }

    private static string Summarize(Outcome outcome, IReadOnlyList<ResolvedCheck> checks)
    {
        if (checks.Count == 1)
        {
            return checks[0].Message;
        }

        var which = checks.Where(c => c.Outcome == outcome).Select(c => c.Result.CheckId).ToList();
        var verb = outcome switch
        {
            Outcome.Failed => "failed",
            Outcome.NotVerified => "not verified",
            Outcome.Waived => "waived",
            Outcome.NotApplicable => "not applicable",
            _ => "passed",
        };
        return $"{which.Count} of {checks.Count} checks {verb}: {string.Join(", ", which)}";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
