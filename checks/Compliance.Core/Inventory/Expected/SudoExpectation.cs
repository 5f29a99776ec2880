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

    /// <summary>
    /// Groups whose members can become root without sudo (the sudo/admin/wheel convention, the root group, container
    /// and virtualisation runtimes' groups, raw disk access): no infra account may belong to one, and every member
    /// must be a root holder or an audit account.
    /// </summary>
    public required IReadOnlyList<string> RootEquivalentGroups { get; init; }

    /// <summary>Where setuid and setgid programs are searched for on each server (every program found must come unchanged from a package).</summary>
    public required IReadOnlyList<string> SetuidSearchRoots { get; init; }

    /// <summary>Whether root may log in over SSH directly (PermitRootLogin other than <c>no</c>).</summary>
    public bool RootSshLogin { get; init; }
}
