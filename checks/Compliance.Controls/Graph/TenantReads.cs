using Compliance.Core.Inventory;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Graph;

/// <summary>Graph reads several checks share: the project accounts, the terminal device group, the terminals' names.</summary>
public static class TenantReads
{
    private static readonly string[] UserFields = ["id", "displayName", "userPrincipalName", "accountEnabled", "department"];

    private static readonly string[] ManagedDeviceFields =
        ["id", "deviceName", "operatingSystem", "azureADDeviceId", "complianceState", "managementAgent", "lastSyncDateTime"];

    /// <summary>The users in the project group, nested groups included.</summary>
    public static Task<IReadOnlyList<User>> ProjectMembersAsync(this GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.GroupUsersAsync(run.Expected.ProjectGroupId, cancellationToken);
    }

    /// <summary>The users in a group, nested groups included, with account state and department.</summary>
    public static async Task<IReadOnlyList<User>> GroupUsersAsync(this GraphRun run, string groupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var request = $"GET /groups/{groupId}/transitiveMembers/microsoft.graph.user";
        var users = await run.Reader.ListAsync<User, UserCollectionResponse>(request, GraphPermissions.GroupUsersRead,
            (g, ct) => g.Groups[groupId].TransitiveMembers.GraphUser.GetAsync(rc => rc.QueryParameters.Select = UserFields, ct),
            cancellationToken).ConfigureAwait(false);
        run.Record(request, "the group's users", $"{users.Count} user(s): {string.Join(", ", users.Select(Describe))}");
        return users;
    }

    /// <summary>The devices in the terminal device group, nested groups included.</summary>
    public static async Task<IReadOnlyList<Device>> TerminalDevicesAsync(this GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var groupId = run.Expected.TerminalDeviceGroupId;
        var request = $"GET /groups/{groupId}/transitiveMembers/microsoft.graph.device";
        var devices = await run.Reader.ListAsync<Device, DeviceCollectionResponse>(request, GraphPermissions.GroupDevicesRead,
            (g, ct) => g.Groups[groupId].TransitiveMembers.GraphDevice.GetAsync(
                rc => rc.QueryParameters.Select = ["id", "deviceId", "displayName", "operatingSystem"], ct),
            cancellationToken).ConfigureAwait(false);
        run.Record(request, "the terminals' devices", $"{devices.Count} device(s): {string.Join(", ", devices.Select(d => $"{d.DisplayName} ({d.DeviceId})"))}");
        return devices;
    }

    /// <summary>
    /// Every device Intune manages, whatever its operating system: the v1.0 documentation of the list names no filterable
    /// property, so the checks pick the terminals out on the client.
    /// </summary>
    public static async Task<IReadOnlyList<ManagedDevice>> ManagedDevicesAsync(this GraphRun run, string expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var request = $"GET /deviceManagement/managedDevices?$select={string.Join(',', ManagedDeviceFields)}";
        var managed = await run.Reader.ListAsync<ManagedDevice, ManagedDeviceCollectionResponse>(request, GraphPermissions.ManagedDevicesReadAll,
            (g, ct) => g.DeviceManagement.ManagedDevices.GetAsync(rc => rc.QueryParameters.Select = ManagedDeviceFields, ct),
            cancellationToken).ConfigureAwait(false);
        run.Record(request, expected, string.Join(", ", managed.Select(m => $"{m.DeviceName}: {m.OperatingSystem}, {m.ManagementAgent}, {m.ComplianceState}")));
        return managed;
    }

    /// <summary>The terminals the register declares with an operating system other than Windows, as messages name them.</summary>
    public static IReadOnlyList<string> NonWindowsTerminals(this GraphRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return [.. run.Inventory.Terminals.Where(t => !t.IsWindows).Select(t => $"{t.DeviceName()} ({t.Os})")];
    }

    /// <summary>The name device management knows a terminal by (its device name, else its management number).</summary>
    public static string DeviceName(this Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        return terminal.DeviceName ?? terminal.ManagementNumber;
    }

    /// <summary>A user as evidence shows it.</summary>
    public static string Describe(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var state = user.AccountEnabled switch { true => "enabled", false => "disabled", null => "state unknown" };
        return $"{user.UserPrincipalName} ({state})";
    }

    /// <summary>Case-insensitive name equality.</summary>
    public static bool SameName(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
