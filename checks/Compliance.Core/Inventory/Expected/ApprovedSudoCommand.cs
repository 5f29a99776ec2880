namespace Compliance.Core.Inventory.Expected;

/// <summary>One approved sudo command: the target user and the full command line (no wildcards).</summary>
public sealed record ApprovedSudoCommand
{
    /// <summary>The user the command runs as.</summary>
    public string Runas { get; init; } = "root";

    /// <summary>The command with its arguments, exactly as in sudoers.</summary>
    public required string Command { get; init; }

    /// <summary>
    /// Files and directories the command reads as root besides its executable (its configuration, unit files,
    /// drop-in directories): none of them, nothing under them and no directory above them may be writable by an
    /// infra account.
    /// </summary>
    public IReadOnlyList<string> Reads { get; init; } = [];
}
