namespace Compliance.Probes.Network;

/// <summary>
/// One line of squid's access log (native format: <c>time elapsed client code/status bytes method URL ...</c>): the
/// request time (Unix seconds, null when unreadable), its fields, whether squid denied it, and the line itself.
/// </summary>
public sealed record AccessLogLine(double? Time, IReadOnlyList<string> Fields, bool Denied, string Raw)
{
    /// <summary>True when one of the line's fields is exactly <paramref name="value"/> (such as the client address).</summary>
    public bool HasField(string value) => Fields.Contains(value);

    /// <summary>True when the line mentions <paramref name="text"/> (such as the URL).</summary>
    public bool Mentions(string text) => Raw.Contains(text, StringComparison.Ordinal);
}
