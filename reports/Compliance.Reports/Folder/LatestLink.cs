using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Compliance.Reports.Folder;

/// <summary>
/// Points <c>&lt;reports root&gt;/latest</c> at a run folder: a relative symlink is made beside it and renamed over the
/// old one with rename(2), so readers always see either the previous run or the new one.
/// </summary>
internal static partial class LatestLink
{
    public const string Name = "latest";

    public static void PointAt(string reportsRoot, string runId)
    {
        var latest = Path.Combine(reportsRoot, Name);
        var staging = Path.Combine(reportsRoot, $".{Name}.{Guid.NewGuid():N}");
        File.CreateSymbolicLink(staging, runId);
        if (Rename(staging, latest) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            File.Delete(staging);
            throw new IOException($"Could not point {latest} at {runId}: {new Win32Exception(error).Message}");
        }
    }

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Rename(string oldPath, string newPath);
}
