namespace Compliance.Core.Inventory.Expected;

/// <summary>
/// Who holds root and which sudo commands infra staff may run on the Secure Zone servers (HOST-01).
/// </summary>
[ExpectedSection("sudo")]
public sealed record SudoExpectation
{
    /// <summary>The servers whose sudo rights are checked.</summary>
    [IteratedBy("RootOnSecureZoneServersIsHeldByTheDevelopmentSide", "InfraAccountsHoldOnlyApprovedSudoCommands")]
    public required IReadOnlyList<string> Hosts { get; init; }

    /// <summary>Development-side accounts allowed to hold root (uid 0, root-equivalent sudo, sudo/admin group).</summary>
    public required IReadOnlyList<string> RootHolders { get; init; }

    /// <summary>Accounts the compliance suite itself runs as, allowed root so that it can read what it checks.</summary>
    public IReadOnlyList<string> AuditAccounts { get; init; } = [];

    /// <summary>Infra staff accounts, limited to <see cref="ApprovedCommands"/>.</summary>
    [IteratedBy("InfraAccountsHoldOnlyApprovedSudoCommands", "InfraAccountsCannotReadTheConfidentialData")]
    public required IReadOnlyList<string> InfraAccounts { get; init; }

    /// <summary>The commands infra staff may run, exactly as the sudoers rule must state them.</summary>
    public IReadOnlyList<ApprovedSudoCommand> ApprovedCommands { get; init; } = [];

    /// <summary>Whether root may log in over SSH directly (PermitRootLogin other than <c>no</c>).</summary>
    public bool RootSshLogin { get; init; }
}
