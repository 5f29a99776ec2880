using System.Globalization;
using System.Text;

namespace Compliance.Probes.Network;

/// <summary>Port lists in the compact form <c>22,80-90</c>.</summary>
public static class PortRanges
{
    /// <summary>Expands a port specification.</summary>
    public static IReadOnlyList<int> Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var ports = new SortedSet<int>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', 2);
            var low = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var high = bounds.Length == 2 ? int.Parse(bounds[1], CultureInfo.InvariantCulture) : low;
            if (low < 1 || high > 65535 || high < low)
            {
                throw new FormatException($"bad port range '{part}'");
            }

            for (var p = low; p <= high; p++)
            {
                ports.Add(p);
            }
        }

        return [.. ports];
    }

    /// <summary>Compacts ports into ranges.</summary>
    public static string Format(IEnumerable<int> ports)
    {
        var sorted = ports.Distinct().Order().ToList();
        var text = new StringBuilder();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            text.Append(text.Length == 0 ? "" : ",").Append(sorted[i].ToString(CultureInfo.InvariantCulture));
            if (j > i)
            {
                text.Append('-').Append(sorted[j].ToString(CultureInfo.InvariantCulture));
            }

            i = j + 1;
        }

        return text.ToString();
    }
}
