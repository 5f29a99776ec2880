namespace Compliance.Probes.Sshd;

/// <summary>
/// sshd's effective settings as <c>sshd -T</c> printed them (after its defaults and, for a connection, its Match
/// blocks): every keyword (lower case) with the value of each line it printed, in order. Keywords such as
/// <c>hostkey</c>, <c>listenaddress</c> or <c>subsystem</c> print one line per value.
/// </summary>
public sealed record SshdSettings(IReadOnlyDictionary<string, IReadOnlyList<string>> Lines, SshdConnection? Connection, string Raw)
{
    /// <summary>True when sshd printed the keyword.</summary>
    public bool Has(string keyword) => Lines.ContainsKey(Key(keyword));

    /// <summary>Every value printed for the keyword, one per line; empty when it was not printed.</summary>
    public IReadOnlyList<string> Values(string keyword) => Lines.TryGetValue(Key(keyword), out var values) ? values : [];

    /// <summary>The keyword's value (the values of several lines joined with a space); null when it was not printed.</summary>
    public string? Value(string keyword) => Lines.TryGetValue(Key(keyword), out var values) ? string.Join(' ', values) : null;

    /// <summary>The keyword's value, or <paramref name="fallback"/> when it was not printed.</summary>
    public string Value(string keyword, string fallback) => Value(keyword) ?? fallback;

    /// <summary>True when the keyword's value is exactly <paramref name="expected"/>.</summary>
    public bool Is(string keyword, string expected) => Value(keyword) == expected;

    private static string Key(string keyword) => keyword.ToLowerInvariant();
}
