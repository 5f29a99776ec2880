using System.Diagnostics;

namespace Compliance.Probes.Tests.Transport;

/// <summary>A network namespace <c>t-core-&lt;random&gt;</c> created for one test and deleted afterwards.</summary>
internal sealed class ThrowawayNamespace : IDisposable
{
    public ThrowawayNamespace()
    {
        Name = "t-core-" + Guid.NewGuid().ToString("N")[..8];
        Ip("netns", "add", Name);
    }

    public string Name { get; }

    public static string Ip(params string[] args)
    {
        var info = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? output : throw new InvalidOperationException($"ip {string.Join(' ', args)}: {error}");
    }

    public void Dispose() => Ip("netns", "delete", Name);
}
