using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Probes.Network;

/// <summary>
/// Reads the attributes of the last Access-Accept in eapol_test's message dump. eapol_test prints each attribute as
/// <c>Attribute N (Name) length=L</c> followed by <c>Value:</c> in hex, as <c>'text'</c>, or as a number or address.
/// </summary>
public static partial class RadiusReplyParser
{
    /// <summary>The attributes of the last Access-Accept, in order; empty when there is none.</summary>
    public static IReadOnlyList<RadiusAvp> LastAccept(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var start = Array.FindLastIndex(lines, l => l.StartsWith("RADIUS message: code=2 ", StringComparison.Ordinal));
        var attributes = new List<RadiusAvp>();
        if (start < 0)
        {
            return attributes;
        }

        for (var i = start + 1; i < lines.Length; i++)
        {
            var header = Header().Match(lines[i]);
            if (!header.Success)
            {
                break;
            }

            var type = int.Parse(header.Groups["type"].Value, CultureInfo.InvariantCulture);
            var length = int.Parse(header.Groups["length"].Value, CultureInfo.InvariantCulture);
            var value = i + 1 < lines.Length ? ValueLine().Match(lines[i + 1]) : Match.Empty;
            IReadOnlyList<byte>? bytes = null;
            if (value.Success)
            {
                i++;
                bytes = Octets(value.Groups["value"].Value, length - 2);
            }

            attributes.Add(new RadiusAvp(type, header.Groups["name"].Value, bytes));
        }

        return attributes;
    }

    /// <summary>The value's octets: hex of exactly the attribute's length, or quoted text; null for another form.</summary>
    private static byte[]? Octets(string value, int length)
    {
        if (value.Length == 2 * length && HexOnly().IsMatch(value))
        {
            return Convert.FromHexString(value);
        }

        return value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? Encoding.Latin1.GetBytes(value[1..^1]) : null;
    }

    [GeneratedRegex(@"^\s+Attribute (?<type>\d+) \((?<name>[^)]*)\) length=(?<length>\d+)\s*$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^\s+Value: (?<value>.*?)\s*$")]
    private static partial Regex ValueLine();

    [GeneratedRegex("^[0-9a-fA-F]*$")]
    private static partial Regex HexOnly();
}
