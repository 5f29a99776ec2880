using System.Runtime.InteropServices;

namespace Compliance.Probes.Transport;

/// <summary>Signals a whole process group (the child started through <c>setsid</c> leads its own group).</summary>
internal static class ProcessGroup
{
    private const int SigKill = 9;

    /// <summary>Sends SIGKILL to every process of the group led by <paramref name="leaderPid"/>.</summary>
    public static void Kill(int leaderPid)
    {
        if (leaderPid > 1)
        {
            _ = NativeKill(-leaderPid, SigKill);
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NativeKill(int pid, int signal);
}
