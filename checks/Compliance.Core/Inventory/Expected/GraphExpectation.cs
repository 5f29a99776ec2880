namespace Compliance.Core.Inventory.Expected;

/// <summary>
/// Expected section <c>graph</c>: how the suite reaches the directory and device management through Microsoft Graph
/// (tenant, national cloud, application, where the credential is kept) and the expected state of the terminals and
/// project accounts there. The credential itself is never in the inventory: only a file path or an environment variable name.
/// </summary>
[ExpectedSection("graph")]
public sealed record GraphExpectation : IDeclaresSecrets
{
    /// <summary>Directory (tenant) ID.</summary>
    public string TenantId { get; init; } = "";

    /// <summary>National cloud: <c>global</c>, <c>usgov</c>, <c>usgov-dod</c> or <c>china</c>.</summary>
    public string Cloud { get; init; } = "global";

    /// <summary>Graph base URL including the version segment; overrides the cloud's default when set.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Token authority host; overrides the cloud's default when set.</summary>
    public string? Authority { get; init; }

    /// <summary>Application (client) ID of the suite's app registration.</summary>
    public string ClientId { get; init; } = "";

    /// <summary>Where the application credential is kept.</summary>
    public GraphCredentialExpectation? Credential { get; init; }

    /// <summary>Lab only: folder of recorded Graph responses, relative to the environment folder.</summary>
    public string? RecordedTenant { get; init; }

    /// <summary>Lab only: folders (relative to the environment folder) laid over the recorded tenant, later ones winning.</summary>
    public IReadOnlyList<string> RecordedOverlays { get; init; } = [];

    /// <summary>Object ID of the group of dedicated project accounts.</summary>
    public string ProjectGroupId { get; init; } = "";

    /// <summary>Object ID of the device group of the security-room terminals.</summary>
    public string TerminalDeviceGroupId { get; init; } = "";

    /// <summary>Conditional access device filter rule that matches the terminals (the only devices project accounts may use).</summary>
    public string TerminalDeviceFilter { get; init; } = "";

    /// <summary>Object ID of the group that holds local administrator rights on the terminals.</summary>
    public string LocalAdminGroupId { get; init; } = "";

    /// <summary>Department every member of the local administrator group belongs to.</summary>
    public string LocalAdminDepartment { get; init; } = "";

    /// <summary>User principal names of people who left the project.</summary>
    [IteratedBy("DepartedAccountsAreDisabledAndOutOfProjectGroup")]
    public IReadOnlyList<string> DepartedUsers { get; init; } = [];

    /// <summary>How many days of sign-in logs END-01 reads.</summary>
    public int SignInLookbackDays { get; init; } = 30;

    /// <summary>What the tenant's Windows Hello for Business configuration must enforce.</summary>
    public HelloExpectation Hello { get; init; } = new();

    /// <summary>Display names (or name prefixes) under which device management detects the antivirus product.</summary>
    [IteratedBy("TerminalsRunTheAntivirusProduct")]
    public IReadOnlyList<string> AntivirusAppNames { get; init; } = [];

    /// <summary>Display names (or name prefixes) under which device management detects ESS REC.</summary>
    [IteratedBy("TerminalsRunEssRec", "DataReceiptTerminalRunsEssRec", "HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt")]
    public IReadOnlyList<string> EssRecAppNames { get; init; } = [];

    /// <summary>Management number of the data-receipt terminal.</summary>
    public string DataReceiptTerminal { get; init; } = "";

    /// <summary>The application credential's secrets (none when no credential is named).</summary>
    public IEnumerable<SecretReference> SecretReferences() => Credential?.SecretReferences() ?? Enumerable.Empty<SecretReference>();
}
