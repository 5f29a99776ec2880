namespace Compliance.Core.Inventory.Expected;

/// <summary>The audit logs that must be retained and kept from developers (AUD-04).</summary>
[ExpectedSection("logs")]
public sealed record LogsExpectation
{
    /// <summary>The log locations (files or directories) and their hosts.</summary>
    [IteratedBy("AuditLogsAreRetainedForTheRequiredPeriod", "AuditLogsCannotBeChangedByDevelopers")]
    public required IReadOnlyList<LogLocation> Locations { get; init; }

    /// <summary>How long every location must keep its content, in days.</summary>
    public required int RetentionDays { get; init; }

    /// <summary>Sudo commands developers may hold on the log hosts because they cannot change a log (e.g. the gateway's recorder), exactly as written.</summary>
    public IReadOnlyList<string> AllowedSudoCommands { get; init; } = [];

    /// <summary>Developer accounts that must not be able to change any log.</summary>
    [IteratedBy("AuditLogsCannotBeChangedByDevelopers")]
    public required IReadOnlyList<string> DeveloperAccounts { get; init; }
}
