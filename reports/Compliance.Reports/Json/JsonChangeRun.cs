using System.Text.Json;
using Compliance.Core.Changes;
using Compliance.Core.Outcomes;

namespace Compliance.Reports.Json;

/// <summary>
/// The <c>change</c> block of <c>results.json</c>: null for a run of the environment as it stands; for a change run the
/// change file and its SHA-256, the baseline run, the lab instance, the exit code the impact asks for, and every
/// requirement and check that the change newly fails, newly leaves Not verified, or fixes.
/// </summary>
internal static class JsonChangeRun
{
    private static readonly (ChangeEffect Effect, string Name)[] Effects =
        [(ChangeEffect.NewlyFailed, "newly_failed"), (ChangeEffect.NewlyNotVerified, "newly_not_verified"), (ChangeEffect.Fixed, "fixed")];

    public static void Write(Utf8JsonWriter json, ChangeRun? run)
    {
        if (run is null)
        {
            json.WriteNull("change");
            return;
        }

        json.WriteStartObject("change");
        json.WriteString("file", run.Change.File);
        json.WriteString("sha256", run.Change.Sha256);
        json.WriteString("format", run.Change.Format == ChangeFormat.Patch ? "patch" : "steps");
        json.WriteString("description", run.Change.Description);
        json.WriteString("instance", run.Instance);
        json.WriteStartObject("baseline");
        json.WriteString("run_id", run.BaselineRunId);
        json.WriteString("started_utc", run.BaselineStartedUtc.ToUniversalTime());
        json.WriteBoolean("reused", run.BaselineReused);
        json.WriteEndObject();
        json.WriteNumber("exit_code", run.Impact.ExitCode);
        Entries(json, "requirements", run.Impact.Requirements);
        Entries(json, "checks", run.Impact.Checks);
        json.WriteNumber("unchanged_requirements", run.Impact.Requirements.Count(e => e.Effect == ChangeEffect.Unchanged));
        json.WriteNumber("unchanged_checks", run.Impact.Checks.Count(e => e.Effect == ChangeEffect.Unchanged));
        json.WriteEndObject();
    }

    private static void Entries(Utf8JsonWriter json, string name, IReadOnlyList<ImpactEntry> entries)
    {
        json.WriteStartObject(name);
        foreach (var (effect, key) in Effects)
        {
            json.WriteStartArray(key);
            foreach (var e in entries.Where(e => e.Effect == effect))
            {
                json.WriteStartObject();
                json.WriteString("control_id", e.ControlId);
                json.WriteString("title", e.Title);
                if (e.CheckId is { } check)
                {
                    json.WriteString("check_id", check);
                }

                json.WriteString("before", e.Before?.JsonName);
                json.WriteString("after", e.After.JsonName);
                json.WriteString("message", e.Message);
                json.WriteBoolean("breaks", e.Breaks);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
