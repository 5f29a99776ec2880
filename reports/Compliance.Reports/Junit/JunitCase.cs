using Compliance.Core.Catalog;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Reports.Junit;

/// <summary>One JUnit test case: a check, or for a requirement without checks (attested, planned) the requirement itself.</summary>
internal sealed record JunitCase(
    string Name,
    string ClassName,
    double Seconds,
    Outcome Outcome,
    string Message,
    string Details,
    IReadOnlyList<KeyValuePair<string, string>> Properties)
{
    public static IEnumerable<JunitCase> For(RequirementResult r)
    {
        var className = r.Policy.Family + "." + r.Policy.Id;
        if (r.Checks.Count == 0)
        {
            yield return ForRequirement(r, className);
            yield break;
        }

        foreach (var c in r.Checks)
        {
            List<KeyValuePair<string, string>> properties =
            [
                new("requirement", r.Policy.Id),
                new("outcome", c.Outcome.Label),
                new("requirement_outcome", r.Outcome.Label),
                new("check_title", c.Result.Title),
            ];
            if (c.Outcome != c.Result.Outcome)
            {
                properties.Add(new("outcome_before_waivers", c.Result.Outcome.Label));
            }

            if (c.Waiver is not null)
            {
                properties.Add(new("waiver_ticket", c.Waiver.Ticket));
                properties.Add(new("waiver_approver", c.Waiver.Approver));
                properties.Add(new("waiver_expires", c.Waiver.Expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                properties.Add(new("waiver_expired", c.WaiverExpired ? "true" : "false"));
            }

            var seconds = Math.Max(0, (c.Result.EndedUtc - c.Result.StartedUtc).TotalSeconds);
            yield return new JunitCase(c.Result.CheckId, className, seconds, c.Outcome, c.Message, EvidenceText.Of(c.Result), properties);
        }
    }

    private static JunitCase ForRequirement(RequirementResult r, string className)
    {
        List<KeyValuePair<string, string>> properties =
        [
            new("requirement", r.Policy.Id),
            new("outcome", r.Outcome.Label),
            new("requirement_outcome", r.Outcome.Label),
            new("kind", r.Policy.Kind == PolicyKind.Manual ? "manual" : "automated"),
        ];
        var details = r.Message;
        if (r.Attestation is { } a)
        {
            properties.Add(new("attested_by", a.AttestedBy));
            properties.Add(new("attested_on", a.AttestedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            properties.Add(new("attestation_expires", a.Expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            properties.Add(new("attestation_expired", r.AttestationExpired ? "true" : "false"));
            properties.Add(new("evidence_file", a.EvidenceFile));
            properties.Add(new("evidence_sha256", a.EvidenceSha256));
            details = $"{r.Message}\nAttested by {a.AttestedBy} on {a.AttestedOn:yyyy-MM-dd}, expires {a.Expires:yyyy-MM-dd}: {a.Statement}\nEvidence: {a.EvidenceFile} (SHA-256 {a.EvidenceSha256})";
        }

        var name = r.Outcome == Outcome.Planned ? "Planned" : r.Policy.Kind == PolicyKind.Manual ? "Attestation" : "Requirement";
        return new JunitCase(name, className, 0, r.Outcome, r.Message, details, properties);
    }
}
