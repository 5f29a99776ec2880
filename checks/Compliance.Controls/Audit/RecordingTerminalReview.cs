using Compliance.Controls.Framework;
using Compliance.Controls.Graph;
using Compliance.Core.Inventory;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Audit;

/// <summary>
/// Whether one terminal can record HTTPS: registered as Windows; device management knows it (by device name), reports it
/// Windows, detects ESS REC on it and does not report it non-compliant (a missing or unknown compliance state is not held against it).
/// </summary>
public static class RecordingTerminalReview
{
    private static readonly ComplianceState[] NonCompliant =
        [ComplianceState.Noncompliant, ComplianceState.Conflict, ComplianceState.Error, ComplianceState.InGracePeriod];

    /// <summary>Adds the terminal's violations and gaps to <paramref name="findings"/>; marks it probed when everything was established.</summary>
    public static void Review(Terminal terminal, IReadOnlyList<ManagedDevice> managed, IReadOnlyList<ManagedDevice> essRecHolders, Findings findings)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(managed);
        ArgumentNullException.ThrowIfNull(essRecHolders);
        ArgumentNullException.ThrowIfNull(findings);
        var name = terminal.DeviceName();
        if (!terminal.IsWindows)
        {
            findings.Violation($"{name} is registered as {terminal.Os}, yet the flows allow it HTTPS into the Secure Zone");
        }

        var records = managed.Where(m => TenantReads.SameName(m.DeviceName, name)).ToList();
        if (records.Count != 1)
        {
            findings.Unverified(records.Count == 0
                ? $"{name}: device management does not know it, so neither its operating system nor ESS REC on it is established"
                : $"{name}: device management holds {records.Count} devices of that name ({string.Join(", ", records.Select(r => r.Id))})");
            return;
        }

        var device = records[0];
        var established = true;
        if (string.IsNullOrWhiteSpace(device.OperatingSystem))
        {
            findings.Unverified($"{name}: device management reports no operating system");
            established = false;
        }
        else if (!TenantReads.SameName(device.OperatingSystem, "Windows"))
        {
            findings.Violation($"{name} is a {device.OperatingSystem} device per device management, and ESS REC runs only on Windows");
        }

        if (!essRecHolders.Any(h => TenantReads.SameName(h.Id, device.Id)))
        {
            findings.Violation($"device management does not detect ESS REC on {name}");
        }

        if (device.ComplianceState is { } state && NonCompliant.Contains(state))
        {
            findings.Violation($"{name} is {state} per device management");
        }

        if (established)
        {
            findings.Probed(name);
        }
    }
}
