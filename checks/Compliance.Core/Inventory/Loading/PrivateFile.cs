using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>
/// A file an input names that holds a credential (an SSH private key, a Graph certificate or secret): it must exist as a
/// regular file and be closed to every other account (no group or other permission bits), or the input is refused at
/// load, before anything connects: a missing key would only turn every check of its hosts Not verified, and a key other
/// accounts can read is no longer the suite's alone.
/// </summary>
public static class PrivateFile
{
    private const UnixFileMode Shared = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The full path of the file named by <paramref name="key"/> (relative to the environment folder or absolute), checked.</summary>
    internal static string Require(YamlFields fields, string key, string environmentDirectory, string what)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var value = fields.Text(key);
        var full = Path.GetFullPath(Path.Combine(environmentDirectory, value));
        if (Problem(full, what) is { } problem)
        {
            throw fields.ErrorAt(fields.Node(key), key, problem);
        }

        return full;
    }

    /// <summary>Why the file at <paramref name="full"/> cannot hold a credential, or null.</summary>
    public static string? Problem(string full, string what)
    {
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            return Directory.Exists(full) ? $"the {what} file {full} is a directory" : $"the {what} file {full} does not exist";
        }

        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        var mode = target.UnixFileMode;
        return (mode & Shared) != 0
            ? $"the {what} file {full} is open to other accounts (mode {Convert.ToString((int)mode, 8).PadLeft(4, '0')}): make it readable by the suite's account only (chmod 600)"
            : null;
    }
}
