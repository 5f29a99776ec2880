using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// Finds each terminal group device among Intune's managed devices (of any operating system: a Mac terminal is managed
/// too), checks management and compliance, reads its Ethernet MAC.
/// </summary>
public static class ManagedDeviceReview
{
    private static readonly ManagementAgentType[] IntuneAgents =
    [
        ManagementAgentType.Mdm, ManagementAgentType.EasMdm, ManagementAgentType.IntuneClient, ManagementAgentType.EasIntuneClient,
        ManagementAgentType.ConfigurationManagerClientMdm, ManagementAgentType.ConfigurationManagerClientMdmEas,
    ];

    /// <summary>The problems found and the Ethernet MAC per device name (as Graph reports it).</summary>
    public static async Task<(List<string> Problems, Dictionary<string, string?> Macs)> ReviewAsync(GraphRun run, IReadOnlyList<Device> devices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(devices);
        var managed = await run.ManagedDevicesAsync("every terminal managed by Intune and compliant", cancellationToken).ConfigureAwait(false);

        var problems = new List<string>();
        var macs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var device in devices)
        {
            var md = managed.FirstOrDefault(m => TenantReads.SameName(m.AzureADDeviceId, device.DeviceId));
            if (md is null)
            {
                problems.Add($"terminal {device.DisplayName} is not managed by Intune");
                continue;
            }

            if (md.ManagementAgent is not { } agent || !IntuneAgents.Contains(agent))
            {
                problems.Add($"terminal {device.DisplayName} is managed by {md.ManagementAgent}, not Intune");
            }

            if (md.ComplianceState != ComplianceState.Compliant)
            {
                problems.Add($"terminal {device.DisplayName} is {md.ComplianceState}");
            }

            var itemRequest = $"GET /deviceManagement/managedDevices/{md.Id}?$select=ethernetMacAddress";
            var detail = await run.Reader.ReadAsync(itemRequest, GraphPermissions.ManagedDevicesReadAll,
                (g, ct) => g.DeviceManagement.ManagedDevices[md.Id].GetAsync(rc => rc.QueryParameters.Select = ["id", "deviceName", "ethernetMacAddress"], ct),
                cancellationToken).ConfigureAwait(false);
            run.Record(itemRequest, "the Ethernet MAC", $"{device.DisplayName}: {detail?.EthernetMacAddress ?? "(none)"}");
            macs[device.DisplayName ?? md.DeviceName ?? md.Id ?? "?"] = detail?.EthernetMacAddress;
        }

        return (problems, macs);
    }
}
