using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compliance.Core.Results;

/// <summary>
/// The JSON form of check results passed from the NUnit suite to the runner (<c>COMPLIANCE_RECORDS</c>): one
/// <see cref="CheckResult"/> per line, camelCase, enums as strings.
/// </summary>
public static class CheckResultJson
{
    /// <summary>The serializer options both sides use.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    /// <summary>One line of JSON for a result.</summary>
    public static string ToLine(CheckResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>The result of one line.</summary>
    public static CheckResult FromLine(string line) =>
        JsonSerializer.Deserialize<CheckResult>(line, Options) ?? throw new JsonException("empty record");
}
