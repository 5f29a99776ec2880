namespace Compliance.Lab.Tests.Integration;

/// <summary>A command run inside a lab host, and a fragment its output must contain.</summary>
public sealed record Probe(string Name, string Host, string Script, string Expected)
{
    public override string ToString() => Name;

    /// <summary>A TCP connect with a short deadline that prints CONNECTED or BLOCKED.</summary>
    public static Probe Tcp(string name, string host, string address, int port, bool open) =>
        new(name, host, $"timeout 3 bash -c 'exec 3<>/dev/tcp/{address}/{port}' 2>/dev/null && echo CONNECTED || echo BLOCKED", open ? "CONNECTED" : "BLOCKED");
}
