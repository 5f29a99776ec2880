namespace Compliance.Core.Inventory.Expected;

/// <summary>One log location: host, path (file or directory), the accounts allowed to own it.</summary>
public sealed record LogLocation
{
    /// <summary>The host keeping the log.</summary>
    public required string Host { get; init; }

    /// <summary>The log file or directory.</summary>
    public required string Path { get; init; }

    /// <summary>Accounts allowed to own files and directories there (the writing daemon's service account, root).</summary>
    public IReadOnlyList<string> Owners { get; init; } = ["root"];
}
