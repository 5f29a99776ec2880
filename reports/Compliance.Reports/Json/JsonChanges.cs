using System.Text.Json;
using Compliance.Core.Drift;
using Compliance.Core.Outcomes;

namespace Compliance.Reports.Json;

/// <summary>The <c>changes</c> block of <c>results.json</c>: the compared run, requirements and checks by kind of change, and the inputs that changed.</summary>
internal static class JsonChanges
{
    /// <summary>An object with one array per kind of change (in <see cref="ChangeKinds.All"/> order), one object per entry.</summary>
    private static void ByKind<T>(Utf8JsonWriter json, string name, Func<ChangeKind, IEnumerable<T>> of, Action<T> fields)
    {
        json.WriteStartObject(name);
        foreach (var kind in ChangeKinds.All)
        {
            json.WriteStartArray(kind.JsonName);
            foreach (var entry in of(kind))
            {
                json.WriteStartObject();
                fields(entry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter json, RunChanges changes)
    {
        json.WriteStartObject("changes");
        Compared(json, changes.Compared);
        json.WriteString("basis", changes.Basis);
        ByKind(json, "requirements", changes.Requirements.Of, r =>
        {
            json.WriteString("id", r.Id);
            json.WriteString("title", r.Title);
            Moves(json, r.Before, r.After);
        });
        ByKind(json, "checks", changes.Checks.Of, c =>
        {
            json.WriteString("check_id", c.CheckId);
            json.WriteString("control_id", c.ControlId);
            json.WriteString("title", c.Title);
            Moves(json, c.Before, c.After);
        });
        json.WriteStartArray("inputs_changed");
        foreach (var input in changes.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("name", input.Name);
            json.WriteString("before", input.Before);
            json.WriteString("after", input.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Compared(Utf8JsonWriter json, ComparedRun? run)
    {
        if (run is null)
        {
            json.WriteNull("compared_with");
            return;
        }

        json.WriteStartObject("compared_with");
        json.WriteString("run_id", run.RunId);
        json.WriteString("started_utc", run.StartedUtc.ToUniversalTime());
        json.WriteString("ended_utc", run.EndedUtc.ToUniversalTime());
        json.WriteBoolean("complete", run.Complete);
        json.WriteString("environment", run.Environment);
        json.WriteString("selection", run.Selection);
        json.WriteBoolean("requested", run.Requested);
        json.WriteEndObject();
    }

    private static void Moves(Utf8JsonWriter json, Outcome? before, Outcome after)
    {
        json.WriteString("before", before?.JsonName);
        json.WriteString("after", after.JsonName);
    }
}
