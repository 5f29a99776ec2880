namespace Compliance.Probes.Sshd;

/// <summary>Parses <c>sshd -T</c> output: one <c>keyword value</c> line per setting value.</summary>
public static class SshdSettingsParser
{
    /// <summary>Parses the output; throws <see cref="SshdSettingsException"/> when it holds no configuration (no <c>port</c> line).</summary>
    public static SshdSettings Parse(string output, SshdConnection? connection = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 2);
            var key = parts[0].ToLowerInvariant();
            var value = parts.Length > 1 ? parts[1].Trim() : "";
            (lines.TryGetValue(key, out var values) ? values : lines[key] = []).Add(value);
        }

        return lines.ContainsKey("port")
            ? new SshdSettings(lines.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value, StringComparer.Ordinal), connection, output)
            : throw new SshdSettingsException($"sshd -T printed no configuration: {Excerpt(output)}");
    }

    private static string Excerpt(string text) => text.Trim() is { Length: > 0 } t ? (t.Length <= 200 ? t : t[..200]) : "(nothing)";
}
