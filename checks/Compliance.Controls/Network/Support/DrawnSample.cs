namespace Compliance.Controls.Network.Support;

/// <summary>One run's draw of outside addresses: the seed that replays it, the addresses, and the port lists probed on each.</summary>
internal sealed record DrawnSample(int Seed, IReadOnlyList<string> Addresses, string TcpPorts, string UdpPorts, string TcpDescription, string UdpDescription)
{
    /// <summary>The port list of one protocol.</summary>
    public string Ports(string proto) => proto == "tcp" ? TcpPorts : UdpPorts;

    /// <summary>How the port list of one protocol reads in messages.</summary>
    public string Describe(string proto) => proto == "tcp" ? TcpDescription : UdpDescription;

    /// <summary>"250 addresses drawn with seed 1234" style label.</summary>
    public string Label => $"{Addresses.Count} outside addresses drawn with seed {Seed}";
}
