using System.Net;

namespace Compliance.Probes.Sshd;

/// <summary>
/// sshd's pattern lists (ssh_config(5) PATTERNS): comma-separated entries with <c>*</c> and <c>?</c> wildcards and
/// <c>!</c> negation; a list matches when some plain entry matches and no negated one does. Address lists also take
/// CIDR entries (<c>198.18.10.0/24</c>).
/// </summary>
public static class SshdPattern
{
    /// <summary>The entries of a comma-separated list.</summary>
    public static IReadOnlyList<string> Entries(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>True when <paramref name="value"/> satisfies the list (names compared case-insensitively for hosts, exactly otherwise).</summary>
    public static bool Matches(string list, string value, bool address = false, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var positive = false;
        foreach (var entry in Entries(list))
        {
            var negated = entry.StartsWith('!');
            var pattern = negated ? entry[1..] : entry;
            if (!EntryMatches(pattern, value, address, ignoreCase))
            {
                continue;
            }

            if (negated)
            {
                return false;
            }

            positive = true;
        }

        return positive;
    }

    /// <summary>The plain (not negated) entries of the list.</summary>
    public static IReadOnlyList<string> Positive(string list) => [.. Entries(list).Where(e => !e.StartsWith('!'))];

    /// <summary>
    /// A concrete value a plain entry stands for: the entry itself without wildcards, wildcards filled in
    /// (<c>*</c> with <paramref name="fill"/>, <c>?</c> with its first character), or for a CIDR entry its first host address.
    /// </summary>
    public static string Instance(string entry, string fill = "x")
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(fill);
        if (entry.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(entry, out var network))
        {
            var bytes = network.BaseAddress.GetAddressBytes();
            if (network.PrefixLength < bytes.Length * 8 - 1)
            {
                bytes[^1] |= 1;
            }

            return new IPAddress(bytes).ToString();
        }

        return entry.Replace("*", fill, StringComparison.Ordinal).Replace('?', fill[0]);
    }

    private static bool EntryMatches(string pattern, string value, bool address, bool ignoreCase)
    {
        if (address && pattern.Contains('/', StringComparison.Ordinal))
        {
            return IPNetwork.TryParse(pattern, out var network) && IPAddress.TryParse(value, out var ip) && network.Contains(ip);
        }

        return Wildcard(pattern.AsSpan(), value.AsSpan(), ignoreCase);
    }

    private static bool Wildcard(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value, bool ignoreCase)
    {
        while (!pattern.IsEmpty)
        {
            if (pattern[0] == '*')
            {
                var rest = pattern[1..];
                for (var i = 0; i <= value.Length; i++)
                {
                    if (Wildcard(rest, value[i..], ignoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (value.IsEmpty || (pattern[0] != '?' && !Same(pattern[0], value[0], ignoreCase)))
            {
                return false;
            }

            pattern = pattern[1..];
            value = value[1..];
        }

        return value.IsEmpty;
    }

    private static bool Same(char a, char b, bool ignoreCase) => ignoreCase ? char.ToLowerInvariant(a) == char.ToLowerInvariant(b) : a == b;
}
