namespace Compliance.Core.Inventory.Expected;

/// <summary>One approved sudo command: the target user and the full command line (no wildcards).</summary>
public sealed record ApprovedSudoCommand
{
    /// <summary>The user the command runs as.</summary>
    public string Runas { get; init; } = "root";

    /// <summary>The command with its arguments, exactly as in sudoers.</summary>
    public required string Command { get; init; }
}
