using System.Globalization;
using Compliance.Lab.Engine;
using Compliance.Lab.Planning;
using Compliance.Lab.Topology;

namespace Compliance.Lab.Tests.Support;

/// <summary>Drives a test instance of the lab (never the default <c>lab</c>): up, down, exec, leftovers.</summary>
public sealed class LabDriver(LabContext lab)
{
    public LabContext Lab { get; } = lab;

    public LabTopology Topology { get; } = TopologyLoader.Load(lab.TopologyPath);

    public static void RequireRoot()
    {
        if (!Commands.RootCheck.IsRoot())
        {
            Assert.Ignore("the lab's integration tests need root (namespaces, nftables, daemons)");
        }
    }

    /// <summary>Ignores the test while any lab instance is up: it changes something of the machine those instances use (<paramref name="why"/>).</summary>
    public static void RequireNoInstanceUp(string why)
    {
        var up = System.IO.Directory.Exists("/run/compliance-lab") ? System.IO.Directory.GetDirectories("/run/compliance-lab") : [];
        if (up.Length > 0)
        {
            Assert.Ignore($"lab instances are up ({string.Join(", ", up.Select(Path.GetFileName))}): {why}");
        }
    }

    public async Task UpAsync()
    {
        var failures = await new PlanRunner(Lab, 8, TimeSpan.FromMinutes(3)).ApplyAsync(PlanBuilder.Build(Topology), CancellationToken.None);
        Assert.That(failures.Select(f => $"{f.Resource.Id}: {f.Reason}"), Is.Empty, "lab up");
    }

    public async Task DownAsync()
    {
        var result = await Shell.BashAsync(Lab, "bash scripts/down.sh", TimeSpan.FromMinutes(2));
        Assert.That(result.Succeeded, Is.True, result.Output);
    }

    public Task<ShellResult> ExecAsync(string host, string script, int timeoutSeconds = 20) =>
        Shell.RunAsync([.. Lab.EnterHost(host), "bash", "-c", script], Lab, TimeSpan.FromSeconds(timeoutSeconds));

    /// <summary>Services of the topology that do not answer their readiness probe.</summary>
    public async Task<IReadOnlyList<string>> UnreadyServicesAsync(IEnumerable<string>? hosts = null)
    {
        var wanted = hosts?.ToHashSet();
        var probes = Topology.Hosts.Where(h => wanted is null || wanted.Contains(h.Name))
            .SelectMany(h => h.Services.Select(s => (Host: h.Name, Service: s)))
            .Select(async p => (p, await ExecAsync(p.Host, $"lab-service ready {p.Service}", 30)));
        var results = await Task.WhenAll(probes);
        return results.Where(r => !r.Item2.Succeeded).Select(r => $"{r.p.Host}/{r.p.Service}").ToList();
    }

    /// <summary>Process ids whose network namespace is one of this instance's.</summary>
    public IReadOnlyList<int> ProcessesInLab()
    {
        var inodes = Directory.Exists("/run/netns")
            ? Directory.GetFiles("/run/netns", Lab.Instance + "-*").Select(NamespaceInode).Where(i => i is not null).ToHashSet()
            : [];
        var pids = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var target = new FileInfo(Path.Combine(dir, "ns", "net")).LinkTarget;
                if (target is not null && inodes.Contains(target))
                {
                    pids.Add(pid);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return pids;
    }

    /// <summary>Everything of this instance still on the machine: namespaces, mounts, state, /etc/netns entries, live processes.</summary>
    public IReadOnlyList<string> Leftovers(IEnumerable<int> formerProcesses)
    {
        var found = new List<string>();
        if (Directory.Exists("/run/netns"))
        {
            found.AddRange(Directory.GetFiles("/run/netns", Lab.Instance + "-*"));
        }

        if (Directory.Exists("/etc/netns"))
        {
            found.AddRange(Directory.GetDirectories("/etc/netns", Lab.Instance + "-*"));
        }

        found.AddRange(new[] { Lab.RunDirectory, Lab.StateDirectory }.Where(Directory.Exists));
        found.AddRange(File.ReadAllLines("/proc/self/mountinfo").Where(l => l.Contains($"/compliance-lab/{Lab.Instance}/", StringComparison.Ordinal)
            || l.Contains($"/netns/{Lab.Instance}-", StringComparison.Ordinal)));
        found.AddRange(formerProcesses.Where(IsAlive).Select(p => $"process {p} ({Command(p)})"));
        return found;
    }

    private static bool IsAlive(int pid)
    {
        var status = $"/proc/{pid}/status";
        try
        {
            return File.Exists(status) && !File.ReadAllLines(status).Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z', StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Command(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string? NamespaceInode(string path)
    {
        var result = Shell.RunAsync(["stat", "-L", "-c", "%i", path], new LabContext("/", "x"), TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        return result.Succeeded ? $"net:[{result.Output.Trim()}]" : null;
    }
}
