using System.Globalization;

namespace Compliance.Core.Yaml;

/// <summary>
/// Converts YAML scalar text to simple values (invariant culture). Enum members are written in snake_case
/// (<c>not_applicable</c> for <c>NotApplicable</c>) and nothing else is accepted.
/// </summary>
internal static class ScalarConverter
{
    private static readonly Type[] Simple =
        [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(DateOnly), typeof(TimeSpan)];

    public static bool Handles(Type type) => type.IsEnum || Simple.Contains(type);

    /// <summary>The converted value, or null when <paramref name="text"/> is not a valid value of <paramref name="type"/>.</summary>
    public static object? Convert(Type type, string text)
    {
        var c = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(bool) => text.ToUpperInvariant() switch { "TRUE" => true, "FALSE" => false, _ => null },
            _ when type == typeof(int) => int.TryParse(text, NumberStyles.AllowLeadingSign, c, out var i) ? i : null,
            _ when type == typeof(long) => long.TryParse(text, NumberStyles.AllowLeadingSign, c, out var l) ? l : null,
            _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, c, out var d) ? d : null,
            _ when type == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number, c, out var m) ? m : null,
            _ when type == typeof(DateOnly) => DateOnly.TryParseExact(text, "yyyy-MM-dd", c, DateTimeStyles.None, out var date) ? date : null,
            _ when type == typeof(TimeSpan) => TimeSpan.TryParse(text, c, out var span) ? span : null,
            _ => EnumValue(type, text),
        };
    }

    /// <summary>What a valid value looks like, for messages.</summary>
    public static string Describe(Type type) =>
        type.IsEnum
            ? $"one of: {string.Join(", ", Enum.GetNames(type).Select(ObjectShape.YamlName))}"
            : type == typeof(bool) ? "true or false"
            : type == typeof(DateOnly) ? "a date (yyyy-MM-dd)"
            : type == typeof(TimeSpan) ? "a duration (hh:mm:ss)"
            : $"a number ({type.Name})";

    private static object? EnumValue(Type type, string text)
    {
        var name = Enum.GetNames(type).FirstOrDefault(n => ObjectShape.YamlName(n) == text);
        return name is null ? null : Enum.Parse(type, name);
    }
}
