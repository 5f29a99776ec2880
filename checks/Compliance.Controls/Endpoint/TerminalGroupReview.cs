using Compliance.Controls.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>Compares the terminal device group with the inventory's terminals, both ways.</summary>
public static class TerminalGroupReview
{
    /// <summary>One sentence per terminal missing from the group and per group device that is not an inventory terminal.</summary>
    public static IReadOnlyList<string> Compare(GraphRun run, IReadOnlyList<Device> devices)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(devices);
        var problems = new List<string>();
        foreach (var terminal in run.Inventory.Terminals)
        {
            if (!devices.Any(d => TenantReads.SameName(d.DisplayName, terminal.DeviceName())))
            {
                problems.Add($"terminal {terminal.DeviceName()} is not in the terminal device group");
            }
        }

        foreach (var device in devices)
        {
            if (!run.Inventory.Terminals.Any(t => TenantReads.SameName(t.DeviceName(), device.DisplayName)))
            {
                problems.Add($"device {device.DisplayName} in the terminal device group is not an inventory terminal");
            }
        }

        return problems;
    }
}
