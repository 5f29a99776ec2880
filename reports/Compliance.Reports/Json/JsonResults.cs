using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Reports.Folder;

namespace Compliance.Reports.Json;

/// <summary>Writes <c>results.json</c>, the machine-readable run described by <c>reports/results.schema.json</c>.</summary>
internal static class JsonResults
{
    public const string FileName = "results.json";

    public const string SchemaVersion = "1.2";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(RunReport report, IReadOnlyList<StoredEvidence> stored, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("schema_version", SchemaVersion);
        Metadata(json, report.Metadata);
        Summary(json, RunSummary.Of(report));
        JsonChanges.Write(json, report.Changes);
        JsonChangeRun.Write(json, report.Change);
        json.WriteStartArray("requirements");
        foreach (var requirement in report.Requirements)
        {
            JsonRequirement.Write(json, requirement, stored);
        }

        json.WriteEndArray();
        json.WriteStartArray("evidence_files");
        foreach (var file in stored)
        {
            json.WriteStartObject();
            json.WriteString("path", file.RelativePath);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Metadata(Utf8JsonWriter json, RunMetadata m)
    {
        json.WriteStartObject("metadata");
        json.WriteString("run_id", m.RunId);
        json.WriteString("environment", m.Environment);
        json.WriteString("environment_kind", m.EnvironmentKind);
        json.WriteString("started_utc", m.StartedUtc.ToUniversalTime());
        json.WriteString("ended_utc", m.EndedUtc.ToUniversalTime());
        json.WriteString("tool_version", m.ToolVersion);
        json.WriteString("git_commit", m.GitCommit);
        json.WriteString("inventory_sha256", m.InventorySha256);
        json.WriteString("selection", m.Selection);
        json.WriteBoolean("complete", m.Complete);
        json.WriteString("run_kind", m.RunKind);
        json.WriteStartObject("selection_scope");
        JsonRequirement.Strings(json, "controls", m.Scope.Controls);
        JsonRequirement.Strings(json, "families", m.Scope.Families);
        json.WriteEndObject();
        json.WriteStartArray("inputs");
        foreach (var input in m.InputHashes)
        {
            json.WriteStartObject();
            json.WriteString("name", input.Name);
            json.WriteString("sha256", input.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter json, RunSummary s)
    {
        json.WriteStartObject("summary");
        json.WriteStartObject("requirements");
        json.WriteNumber("total", s.Requirements(null));
        ByOutcome(json, o => s.Requirements(null, o), Outcome.WorstFirst);
        json.WriteEndObject();
        json.WriteStartObject("checks");
        json.WriteNumber("total", s.Checks());
        ByOutcome(json, s.Checks, Outcome.OfChecks);
        json.WriteEndObject();
        json.WriteStartArray("families");
        foreach (var family in s.Families)
        {
            json.WriteStartObject();
            json.WriteString("family", family);
            json.WriteNumber("total", s.Requirements(family));
            ByOutcome(json, o => s.Requirements(family, o), Outcome.WorstFirst);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void ByOutcome(Utf8JsonWriter json, Func<Outcome, int> count, IReadOnlyList<Outcome> outcomes)
    {
        json.WriteStartObject("by_outcome");
        foreach (var outcome in outcomes)
        {
            json.WriteNumber(outcome.JsonName, count(outcome));
        }

        json.WriteEndObject();
    }
}
