using System.Text.Json;
using Compliance.Core.Catalog;
using Compliance.Core.Evidence;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Reports.Folder;

namespace Compliance.Reports.Json;

/// <summary>One requirement of <c>results.json</c> with its policy, checks, evidence, waivers and attestation.</summary>
internal static class JsonRequirement
{
    public static void Write(Utf8JsonWriter json, RequirementResult r, IReadOnlyList<StoredEvidence> stored)
    {
        var p = r.Policy;
        json.WriteStartObject();
        json.WriteString("id", p.Id);
        json.WriteString("family", p.Family);
        json.WriteString("title", p.Title);
        json.WriteString("statement", p.Statement);
        json.WriteString("source_quote", p.SourceQuote);
        json.WriteString("rationale", p.Rationale);
        json.WriteString("severity", p.Severity.ToString().ToLowerInvariant());
        json.WriteString("kind", p.Kind == PolicyKind.Manual ? "manual" : "automated");
        json.WriteString("status", p.Status == PolicyStatus.Planned ? "planned" : "active");
        json.WriteString("source_file", p.SourceFile);
        json.WriteStartObject("mappings");
        Strings(json, "iso27001", p.Iso27001);
        Strings(json, "nist_800_53", p.Nist80053);
        json.WriteEndObject();
        Outcome(json, "outcome", r.Outcome);
        json.WriteString("message", r.Message);
        json.WriteStartArray("checks");
        foreach (var c in r.Checks)
        {
            Check(json, c);
        }

        json.WriteEndArray();
        Attestation(json, r.Attestation, r.AttestationExpired, stored);
        json.WriteEndObject();
    }

    private static void Check(Utf8JsonWriter json, ResolvedCheck c)
    {
        json.WriteStartObject();
        json.WriteString("check_id", c.Result.CheckId);
        json.WriteString("control_id", c.Result.ControlId);
        json.WriteString("title", c.Result.Title);
        Outcome(json, "outcome", c.Outcome);
        json.WriteString("message", c.Message);
        Outcome(json, "check_outcome", c.Result.Outcome);
        json.WriteString("check_message", c.Result.Message);
        json.WriteString("started_utc", c.Result.StartedUtc.ToUniversalTime());
        json.WriteString("ended_utc", c.Result.EndedUtc.ToUniversalTime());
        json.WriteStartArray("evidence");
        foreach (var e in c.Result.Evidence)
        {
            Evidence(json, e);
        }

        json.WriteEndArray();
        Waiver(json, c.Waiver, c.WaiverExpired);
        json.WriteEndObject();
    }

    private static void Evidence(Utf8JsonWriter json, EvidenceItem e)
    {
        json.WriteStartObject();
        json.WriteString("vantage", e.Vantage);
        json.WriteString("target", e.Target);
        json.WriteString("probe", e.Probe);
        json.WriteString("expected", e.Expected);
        json.WriteString("observed", e.Observed);
        json.WriteString("raw_excerpt", e.RawExcerpt);
        json.WriteString("started_utc", e.StartedUtc.ToUniversalTime());
        json.WriteString("ended_utc", e.EndedUtc.ToUniversalTime());
        json.WriteEndObject();
    }

    private static void Waiver(Utf8JsonWriter json, Waiver? w, bool expired)
    {
        if (w is null)
        {
            json.WriteNull("waiver");
            return;
        }

        json.WriteStartObject("waiver");
        json.WriteString("target", w.Target);
        json.WriteString("ticket", w.Ticket);
        json.WriteString("approver", w.Approver);
        json.WriteString("justification", w.Justification);
        json.WriteString("expires", Date(w.Expires));
        json.WriteBoolean("expired", expired);
        json.WriteEndObject();
    }

    private static void Attestation(Utf8JsonWriter json, Attestation? a, bool expired, IReadOnlyList<StoredEvidence> stored)
    {
        if (a is null)
        {
            json.WriteNull("attestation");
            return;
        }

        var copy = EvidenceStore.Find(stored, a.EvidenceFile);
        json.WriteStartObject("attestation");
        json.WriteString("attested_by", a.AttestedBy);
        json.WriteString("attested_on", Date(a.AttestedOn));
        json.WriteString("expires", Date(a.Expires));
        json.WriteBoolean("expired", expired);
        json.WriteString("statement", a.Statement);
        json.WriteString("evidence_file", a.EvidenceFile);
        json.WriteString("evidence_sha256", a.EvidenceSha256);
        if (copy is null)
        {
            json.WriteNull("stored_as");
        }
        else
        {
            json.WriteString("stored_as", copy.RelativePath);
        }

        json.WriteEndObject();
    }

    private static void Outcome(Utf8JsonWriter json, string name, Outcome outcome)
    {
        json.WriteString(name, outcome.JsonName);
        json.WriteString(name + "_label", outcome.Label);
    }

    internal static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
