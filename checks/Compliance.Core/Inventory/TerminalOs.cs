namespace Compliance.Core.Inventory;

/// <summary>The operating systems the terminal register accepts (<c>os:</c> of a terminal).</summary>
public static class TerminalOs
{
    /// <summary>A Windows terminal (the only kind ESS REC runs on).</summary>
    public const string Windows = "windows";

    /// <summary>A Mac terminal.</summary>
    public const string MacOs = "macos";

    /// <summary>Every accepted value.</summary>
    public static IReadOnlyList<string> All { get; } = [Windows, MacOs];
}
