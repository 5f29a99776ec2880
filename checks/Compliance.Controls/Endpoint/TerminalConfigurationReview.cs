using Compliance.Controls.Framework;
using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// END-03/END-04: a Windows 10 general configuration with the setting on, assigned as an include (not only an exclusion)
/// to the terminal device group (or all devices) and not excluded for it, that every terminal the register declares
/// Windows reports applied. A terminal registered with another operating system (the Mac infra terminal) is Not verified:
/// a Windows configuration does not apply to it, and Graph v1.0 has no typed macOS configuration with the setting.
/// </summary>
public static class TerminalConfigurationReview
{
    private static readonly ComplianceStatus[] Applied = [ComplianceStatus.Compliant, ComplianceStatus.Remediated];

    /// <summary>Pass when one configuration qualifies; else Fail with every candidate's shortfall.</summary>
    public static async Task<Verdict> EvaluateAsync(GraphRun run, string setting, Func<Windows10GeneralConfiguration, bool> isOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(isOn);
        if (run.Inventory.Terminals.Count == 0)
        {
            return Verdict.NotVerified($"no terminal was probed: the inventory lists no terminal whose {setting} could be shown");
        }

        const string request = "GET /deviceManagement/deviceConfigurations";
        var configurations = await run.Reader.ListAsync<DeviceConfiguration, DeviceConfigurationCollectionResponse>(request, GraphPermissions.ConfigurationReadAll,
            (g, ct) => g.DeviceManagement.DeviceConfigurations.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        var general = configurations.OfType<Windows10GeneralConfiguration>().ToList();
        var candidates = general.Where(isOn).ToList();
        run.Record(request, $"a Windows 10 general configuration with {setting}",
            $"{configurations.Count} configuration(s), {general.Count} Windows 10 general, with {setting}: {string.Join(", ", candidates.Select(c => c.DisplayName))}");
        if (candidates.Count == 0)
        {
            return Verdict.Fail($"no Windows 10 general device configuration has {setting}");
        }

        var shortfalls = new List<string>();
        foreach (var candidate in candidates)
        {
            var shortfall = await ShortfallAsync(run, candidate, cancellationToken).ConfigureAwait(false);
            if (shortfall is null)
            {
                return OthersUnverified(run, candidate, setting)
                    ?? Verdict.Pass($"'{candidate.DisplayName}' has {setting}, is assigned to the terminal device group and every terminal reports it applied");
            }

            shortfalls.Add($"'{candidate.DisplayName}' {shortfall}");
        }

        return Verdict.Fail(string.Join("; ", shortfalls));
    }

    private static Verdict? OthersUnverified(GraphRun run, Windows10GeneralConfiguration candidate, string setting)
    {
        var others = run.NonWindowsTerminals();
        return others.Count == 0 ? null : Verdict.NotVerified(
            $"'{candidate.DisplayName}' has {setting} and every Windows terminal reports it applied, but {string.Join(", ", others)} "
            + "is registered with another operating system: a Windows configuration does not apply to it, and device management shows no setting of it");
    }

    private static async Task<string?> ShortfallAsync(GraphRun run, Windows10GeneralConfiguration configuration, CancellationToken cancellationToken)
    {
        var group = run.Expected.TerminalDeviceGroupId;
        var assignmentsRequest = $"GET /deviceManagement/deviceConfigurations/{configuration.Id}/assignments";
        var assignments = await run.Reader.ListAsync<DeviceConfigurationAssignment, DeviceConfigurationAssignmentCollectionResponse>(assignmentsRequest, GraphPermissions.ConfigurationReadAll,
            (g, ct) => g.DeviceManagement.DeviceConfigurations[configuration.Id].Assignments.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        var targets = assignments.Select(a => a.Target).ToList();
        var included = targets.Any(t => t is AllDevicesAssignmentTarget
            || (t?.GetType() == typeof(GroupAssignmentTarget) && TenantReads.SameName(((GroupAssignmentTarget)t).GroupId, group)));
        var excluded = targets.OfType<ExclusionGroupAssignmentTarget>().Any(t => TenantReads.SameName(t.GroupId, group));
        run.Record(assignmentsRequest, $"included for group {group}, not excluded",
            string.Join(", ", targets.Select(t => $"{t?.OdataType} {(t as GroupAssignmentTarget)?.GroupId}")));
        if (!included || excluded)
        {
            return excluded ? "excludes the terminal device group" : "is not assigned to the terminal device group";
        }

        var statusRequest = $"GET /deviceManagement/deviceConfigurations/{configuration.Id}/deviceStatuses";
        var statuses = await run.Reader.ListAsync<DeviceConfigurationDeviceStatus, DeviceConfigurationDeviceStatusCollectionResponse>(statusRequest, GraphPermissions.ConfigurationReadAll,
            (g, ct) => g.DeviceManagement.DeviceConfigurations[configuration.Id].DeviceStatuses.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        run.Record(statusRequest, "every terminal compliant", string.Join(", ", statuses.Select(s => $"{s.DeviceDisplayName}: {s.Status}")));
        var notApplied = run.Inventory.Terminals.Where(t => t.IsWindows)
            .Select(t => (Name: t.DeviceName(), Reports: statuses.Where(s => TenantReads.SameName(s.DeviceDisplayName, t.DeviceName())).ToList()))
            .Where(t => t.Reports.Count == 0 || t.Reports.Any(s => s.Status is not { } st || !Applied.Contains(st)))
            .Select(t => t.Reports.Count == 0 ? $"{t.Name} (no report)" : $"{t.Name} ({string.Join("/", t.Reports.Select(s => s.Status))})")
            .ToList();
        return notApplied.Count == 0 ? null : $"is not applied on {string.Join(", ", notApplied)}";
    }
}
