using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Audit;

/// <summary>
/// Who the expected flows let speak HTTPS into the Secure Zone: every allowed flow (TCP or UDP) whose ports include 443 and
/// whose destinations include a host of a Secure Zone segment (the segments of <c>egress.secure_vantages</c>), from outside
/// those segments. A source naming a terminal's host or a segment holding terminals' addresses yields those terminals; a
/// source that is a whole segment or a host no terminal stands for is itself a violation (HTTPS opened beyond the terminals).
/// </summary>
/// <param name="Terminals">The registered terminals the flows allow HTTPS into the Secure Zone.</param>
/// <param name="Violations">The sources that are not terminals, as sentences.</param>
/// <param name="Rules">The flows that allow it, as evidence shows them.</param>
public sealed record HttpsIntoSecureZone(IReadOnlyList<Terminal> Terminals, IReadOnlyList<string> Violations, IReadOnlyList<string> Rules)
{
    /// <summary>The HTTPS port.</summary>
    public const int HttpsPort = 443;

    /// <summary>Resolves the inventory's flows.</summary>
    public static HttpsIntoSecureZone Of(EnvironmentInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var secureSegments = inventory.Expected.Get<EgressExpectation>().SecureVantages.Select(n => inventory.Host(n).Segment).ToHashSet();
        var terminals = new List<Terminal>();
        var violations = new List<string>();
        var rules = new List<string>();
        foreach (var rule in inventory.Expected.Get<FlowsExpectation>().Allowed.Distinct())
        {
            var into = Hosts.Expand(inventory, rule.To).Where(h => secureSegments.Contains(h.Segment)).Select(h => h.Name).ToList();
            if (into.Count == 0 || !PortRanges.Parse(rule.Ports).Contains(HttpsPort))
            {
                continue;
            }

            rules.Add($"{string.Join(",", rule.From)} -> {string.Join(",", into)} {rule.Proto}/{rule.Ports}");
            foreach (var source in rule.From)
            {
                Resolve(inventory, source, secureSegments, $"{rule.Proto}/{HttpsPort} to {string.Join(", ", into)}", terminals, violations);
            }
        }

        return new HttpsIntoSecureZone([.. terminals.Distinct()], [.. violations.Distinct()], rules);
    }

    private static void Resolve(EnvironmentInventory inventory, string source, HashSet<string> secureSegments, string flow, List<Terminal> terminals, List<string> violations)
    {
        if (inventory.Segments.FirstOrDefault(s => s.Name == source) is { } segment)
        {
            if (secureSegments.Contains(segment.Name))
            {
                return;
            }

            violations.Add($"the flows open {flow} to the whole segment {segment.Name} ({segment.Cidr}), not only to Windows terminals' addresses");
            terminals.AddRange(inventory.Terminals.Where(t => Hosts.InCidr(t.Ip, segment.Cidr)));
            return;
        }

        var host = inventory.Host(source);
        if (secureSegments.Contains(host.Segment))
        {
            return;
        }

        var standsFor = inventory.Terminals.Where(t => t.Host == host.Name).ToList();
        if (standsFor.Count == 0)
        {
            violations.Add($"the flows open {flow} to {host.Name}, which is no registered terminal");
        }

        terminals.AddRange(standsFor);
    }
}
