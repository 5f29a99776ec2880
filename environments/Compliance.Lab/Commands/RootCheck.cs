namespace Compliance.Lab.Commands;

/// <summary>Whether this process runs as root.</summary>
public static class RootCheck
{
    public static bool IsRoot() => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" || GetUid() == 0;

    private static long GetUid()
    {
        var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
        var line = status.FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
