namespace Compliance.Graph;

/// <summary>The application permissions the checks use (least privileged for each read, see docs/graph-permissions.md).</summary>
public static class GraphPermissions
{
    /// <summary>User members of a group with their properties (project group, local admin group).</summary>
    public const string GroupUsersRead = "GroupMember.Read.All and User.Read.All";

    /// <summary>Device members of a group with their properties (terminal device group).</summary>
    public const string GroupDevicesRead = "GroupMember.Read.All and Device.Read.All";

    /// <summary>Single user objects (departed people).</summary>
    public const string UserReadAll = "User.Read.All";

    /// <summary>Conditional access policies.</summary>
    public const string PolicyReadAll = "Policy.Read.All";

    /// <summary>Sign-in logs (Graph requires both).</summary>
    public const string AuditLogReadAll = "AuditLog.Read.All and Directory.Read.All";

    /// <summary>Windows Hello for Business methods of users.</summary>
    public const string WindowsHelloReadAll = "UserAuthMethod-WindowsHello.Read.All";

    /// <summary>Intune enrollment configurations (Windows Hello for Business).</summary>
    public const string ServiceConfigReadAll = "DeviceManagementServiceConfig.Read.All";

    /// <summary>Intune device configurations, assignments and per-device status.</summary>
    public const string ConfigurationReadAll = "DeviceManagementConfiguration.Read.All";

    /// <summary>Intune managed devices and detected apps.</summary>
    public const string ManagedDevicesReadAll = "DeviceManagementManagedDevices.Read.All";

    /// <summary>Directory role assignments.</summary>
    public const string RoleManagementRead = "RoleManagement.Read.Directory";

    /// <summary>The device registration policy.</summary>
    public const string DeviceRegistrationPolicyRead = "Policy.Read.DeviceConfiguration";

    /// <summary>LAPS metadata without the passwords.</summary>
    public const string LapsReadBasic = "DeviceLocalCredential.ReadBasic.All";
}
