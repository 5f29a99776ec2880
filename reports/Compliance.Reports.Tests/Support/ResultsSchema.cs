using System.Text.Json;
using Json.Schema;

namespace Compliance.Reports.Tests.Support;

/// <summary><c>reports/results.schema.json</c> loaded once, and a validator that lists every error.</summary>
internal static class ResultsSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(TestFiles.ResultsSchema)));

    public static IReadOnlyList<string> Errors(JsonElement document)
    {
        var result = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
