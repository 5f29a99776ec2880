using System.Runtime.InteropServices;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>libc calls to enter a network namespace from one thread.</summary>
internal static class NativeMethods
{
    /// <summary>The namespace type of <c>setns</c> for network namespaces.</summary>
    public const int CloneNewNet = 0x40000000;

    /// <summary>Read-only, closed on exec.</summary>
    public const int OpenReadOnlyCloseOnExec = 0x80000;

    [DllImport("libc", SetLastError = true, EntryPoint = "open")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Open(byte[] nulTerminatedPath, int flags);

    [DllImport("libc", SetLastError = true, EntryPoint = "close")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Close(int fd);

    [DllImport("libc", SetLastError = true, EntryPoint = "setns")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int SetNamespace(int fd, int namespaceType);
}
