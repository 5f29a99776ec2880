using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Antivirus;

/// <summary>The servers that must run the antivirus product: the listed hosts and every host of the listed segments, less the exemptions.</summary>
public static class AntivirusHosts
{
    /// <summary>The host names, sorted.</summary>
    public static IReadOnlyList<string> Of(EnvironmentInventory inventory, AntivirusExpectation expected)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(expected);
        foreach (var segment in expected.Segments)
        {
            inventory.Segment(segment);
        }

        foreach (var host in expected.Hosts)
        {
            inventory.Host(host);
        }

        return [.. expected.Hosts.Concat(expected.Segments.SelectMany(s => inventory.HostsIn(s).Select(h => h.Name)))
            .Except(expected.Exempt).Distinct().Order(StringComparer.Ordinal)];
    }
}
