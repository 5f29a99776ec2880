namespace Compliance.Lab.Engine;

/// <summary>Which lab this process drives: the lab folder (topology, scripts, host files) and the instance name
/// (environment variable LAB_INSTANCE, default <c>lab</c>) that prefixes every namespace and state path.</summary>
public sealed record LabContext(string LabDirectory, string Instance)
{
    public static LabContext FromEnvironment()
    {
        var instance = Environment.GetEnvironmentVariable("LAB_INSTANCE");
        var directory = Environment.GetEnvironmentVariable("LAB_DIR");
        return new LabContext(
            string.IsNullOrEmpty(directory) ? FindLabDirectory() : Path.GetFullPath(directory),
            string.IsNullOrEmpty(instance) ? "lab" : instance);
    }

    public string TopologyPath => Path.Combine(LabDirectory, "topology.yaml");

    public string RunDirectory => $"/run/compliance-lab/{Instance}";

    public string StateDirectory => $"/var/lib/compliance-lab/{Instance}";

    public string Namespace(string host) => $"{Instance}-{host}";

    public string NetnsPath(string host) => $"/run/netns/{Namespace(host)}";

    public string MountNamespacePath(string host) => $"{RunDirectory}/ns/{host}.mnt";

    public string UtsNamespacePath(string host) => $"{RunDirectory}/ns/{host}.uts";

    /// <summary>The argv prefix that runs a command inside a host.</summary>
    public IReadOnlyList<string> EnterHost(string host) =>
        ["nsenter", $"--net={NetnsPath(host)}", $"--mount={MountNamespacePath(host)}", $"--uts={UtsNamespacePath(host)}", "--"];

    private static string FindLabDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "environments", "lab");
            if (File.Exists(Path.Combine(candidate, "topology.yaml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("environments/lab not found above the lab binary; set LAB_DIR");
    }
}
