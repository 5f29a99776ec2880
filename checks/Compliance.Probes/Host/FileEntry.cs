namespace Compliance.Probes.Host;

/// <summary>A file system object: type (<c>f</c>, <c>d</c>, <c>l</c>...), owner, group, permission bits (octal), path.</summary>
public sealed record FileEntry(char Type, string Owner, string Group, int Mode, string Path)
{
    /// <summary>The nine permission bits (octal 777); C# has no octal literals.</summary>
    public const int PermissionBits = 0b111_111_111;

    /// <summary>Mode as four octal digits, e.g. <c>0750</c>.</summary>
    public string ModeText => Convert.ToString(Mode, 8).PadLeft(4, '0');

    /// <summary>Parses an octal mode such as <c>750</c> or <c>0750</c>.</summary>
    public static int ParseMode(string octal) => Convert.ToInt32(octal, 8);
}
