using System.Globalization;
using System.Text.Json;
using Compliance.Core.Drift;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Reports.History;

/// <summary>
/// Reads a run folder's <c>results.json</c> back as a <see cref="RunRecord"/>: its metadata and the outcome of each
/// requirement and check. Any version 1 of the format is read; a run written before the run kind and the selection scope
/// were recorded is a standard run whose selection is its description. A missing, malformed or foreign file is an
/// <see cref="InputException"/> naming the file, and for a syntax error its line and column.
/// </summary>
public static class RunRecordReader
{
    /// <summary>Reads the run of <paramref name="runFolder"/>.</summary>
    public static RunRecord Read(string runFolder)
    {
        var file = Path.Combine(runFolder, Json.JsonResults.FileName);
        if (!File.Exists(file))
        {
            throw new InputException(runFolder, "not a run folder: it has no results.json");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            return Run(new Fields(file, "", document.RootElement));
        }
        catch (JsonException e)
        {
            throw new InputException(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "(document)", "not valid JSON");
        }
        catch (IOException e)
        {
            throw new InputException(file, $"cannot be read: {e.Message}");
        }
    }

    private static RunRecord Run(Fields root)
    {
        var version = root.Text("schema_version");
        if (!version.StartsWith("1.", StringComparison.Ordinal))
        {
            throw root.Error("schema_version", $"format version {version} is not one this suite reads (1.x)");
        }

        var m = root.Object("metadata");
        return new RunRecord(
            m.Text("run_id"),
            m.Text("environment"),
            m.Text("environment_kind"),
            m.Time("started_utc"),
            m.Time("ended_utc"),
            m.Text("selection"),
            m.Has("selection_scope") ? Scope(m.Object("selection_scope")) : null,
            m.Flag("complete"),
            m.Has("run_kind") ? m.Text("run_kind") : RunKinds.Standard,
            m.Has("inputs") ? [.. m.Items("inputs").Select(i => new InputHash(i.Text("name"), i.Text("sha256")))] : [],
            [.. root.Items("requirements").Select(Requirement)])
        {
            GitCommit = m.Has("git_commit") ? m.Text("git_commit") : null,
        };
    }

    private static SelectionScope Scope(Fields scope) =>
        SelectionScope.Of(scope.Items("controls").Select(c => c.Value()), scope.Items("families").Select(f => f.Value()));

    private static RequirementRecord Requirement(Fields r) =>
        new(r.Text("id"), r.Text("title"), r.Outcome("outcome"), [.. r.Items("checks").Select(c => new CheckRecord(c.Text("check_id"), c.Text("title"), c.Outcome("outcome")))]);

    /// <summary>The members of one JSON object, each read as the kind it must be or an error naming its path.</summary>
    private readonly record struct Fields(string File, string Path, JsonElement Element)
    {
        public bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

        public string Text(string name) => Get(name, JsonValueKind.String).GetString()!;

        public bool Flag(string name) =>
            Member(name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } e ? e.GetBoolean() : throw Error(name, "must be true or false");

        public DateTimeOffset Time(string name) =>
            DateTimeOffset.TryParse(Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : throw Error(name, "is not a time");

        public Outcome Outcome(string name) =>
            Core.Outcomes.Outcome.FromJsonName(Text(name)) ?? throw Error(name, $"unknown outcome '{Text(name)}'");

        public Fields Object(string name) => new(File, At(name), Get(name, JsonValueKind.Object));

        public List<Fields> Items(string name)
        {
            var path = At(name);
            var file = File;
            return Get(name, JsonValueKind.Array).EnumerateArray().Select((e, i) => new Fields(file, $"{path}[{i}]", e)).ToList();
        }

        public string Value() =>
            Element.ValueKind == JsonValueKind.String ? Element.GetString()! : throw new InputException(File, $"{Path}: must be a string");

        public InputException Error(string name, string problem) => new(File, $"{At(name)}: {problem}");

        private JsonElement Get(string name, JsonValueKind kind) =>
            Member(name) is { } e && e.ValueKind == kind ? e : throw Error(name, $"missing, or not {kind.ToString().ToLowerInvariant()}");

        private JsonElement? Member(string name) =>
            Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var e) ? e : null;

        private string At(string name) => Path.Length == 0 ? name : $"{Path}.{name}";
    }
}
