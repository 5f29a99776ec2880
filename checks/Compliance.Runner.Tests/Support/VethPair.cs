using System.Diagnostics;

namespace Compliance.Runner.Tests.Support;

/// <summary>
/// Two throwaway network namespaces <c>t-core-&lt;random&gt;a</c> and <c>...b</c> joined by a veth pair with
/// 198.18.250.1/24 and 198.18.250.2/24, and a TCP listener on 198.18.250.2:8080 in the second. Removed on dispose.
/// </summary>
internal sealed class VethPair : IDisposable
{
    private readonly Process listener;

    public VethPair()
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        Left = $"t-core-{id}a";
        Right = $"t-core-{id}b";
        Run("ip", "netns", "add", Left);
        Run("ip", "netns", "add", Right);
        Run("ip", "link", "add", $"tc{id}a", "netns", Left, "type", "veth", "peer", "name", $"tc{id}b", "netns", Right);
        Configure(Left, $"tc{id}a", "198.18.250.1/24");
        Configure(Right, $"tc{id}b", "198.18.250.2/24");
        listener = Process.Start(new ProcessStartInfo("ip", ["netns", "exec", Right, "socat", "TCP-LISTEN:8080,bind=198.18.250.2,fork,reuseaddr", "SYSTEM:echo hello"]))!;
    }

    public string Left { get; }

    public string Right { get; }

    /// <summary>Polls until the listener is bound; false when the deadline passes first.</summary>
    public bool WaitForListener(TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        while (DateTime.UtcNow < until)
        {
            if (Run("ip", "netns", "exec", Right, "ss", "-Hltn", "sport = :8080").Contains("198.18.250.2:8080", StringComparison.Ordinal))
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    public void Dispose()
    {
        listener.Kill(entireProcessTree: true);
        listener.WaitForExit();
        listener.Dispose();
        Run("ip", "netns", "delete", Left);
        Run("ip", "netns", "delete", Right);
    }

    private static void Configure(string ns, string device, string address)
    {
        Run("ip", "-n", ns, "link", "set", "lo", "up");
        Run("ip", "-n", ns, "addr", "add", address, "dev", device);
        Run("ip", "-n", ns, "link", "set", device, "up");
    }

    private static string Run(string file, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {error}");
    }
}
