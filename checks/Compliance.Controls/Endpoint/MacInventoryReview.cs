using Compliance.Controls.Graph;
using Compliance.Core.Inventory;

namespace Compliance.Controls.Endpoint;

/// <summary>Compares Ethernet MACs from device management with the inventory's terminals (the DHCP reservations), both ways.</summary>
public static class MacInventoryReview
{
    /// <summary>One sentence per mismatch: inventory terminals unknown to or differing from Graph, Graph devices or MACs unknown to the inventory.</summary>
    public static IReadOnlyList<string> Compare(IReadOnlyList<Terminal> terminals, IReadOnlyDictionary<string, string?> graphMacs)
    {
        ArgumentNullException.ThrowIfNull(terminals);
        ArgumentNullException.ThrowIfNull(graphMacs);
        var problems = new List<string>();
        foreach (var terminal in terminals)
        {
            if (!graphMacs.TryGetValue(terminal.DeviceName(), out var mac))
            {
                problems.Add($"inventory terminal {terminal.DeviceName()} ({terminal.Mac}) is not a managed terminal");
            }
            else if (Normalize(mac) != Normalize(terminal.Mac))
            {
                problems.Add($"{terminal.DeviceName()}: device management reports Ethernet MAC {mac ?? "(none)"}, the inventory reserves {terminal.Mac}");
            }
        }

        var reserved = terminals.Select(t => Normalize(t.Mac)).ToHashSet();
        foreach (var (name, mac) in graphMacs)
        {
            if (!terminals.Any(t => TenantReads.SameName(t.DeviceName(), name)))
            {
                problems.Add($"managed terminal {name} is not in the inventory");
            }
            else if (!reserved.Contains(Normalize(mac)))
            {
                problems.Add($"Ethernet MAC {mac ?? "(none)"} of {name} has no DHCP reservation in the inventory");
            }
        }

        return problems;
    }

    /// <summary>A MAC as twelve upper-case hex digits (separators removed); empty for none.</summary>
    public static string Normalize(string? mac) =>
        new string((mac ?? "").Where(Uri.IsHexDigit).ToArray()).ToUpperInvariant();
}
