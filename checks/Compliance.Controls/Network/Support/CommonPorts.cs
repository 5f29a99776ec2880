using Compliance.Core.Inventory.Expected;
using YamlDotNet.Serialization;

namespace Compliance.Controls.Network.Support;

/// <summary>The shipped most common ports (<c>Network/Data/common-ports.yaml</c>, by nmap's open frequency): 1,000 TCP, 100 UDP.</summary>
internal static class CommonPorts
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<int>>> Lists = new(LoadEmbedded);

    /// <summary>The 1,000 most common TCP ports, in port order.</summary>
    public static IReadOnlyList<int> Tcp => Lists.Value["tcp_top_1000"];

    /// <summary>The 100 most common UDP ports, in port order.</summary>
    public static IReadOnlyList<int> Udp => Lists.Value["udp_top_100"];

    /// <summary>The port list a sample names for <paramref name="proto"/>: the shipped list for <see cref="OutsideSample.MostCommon"/>, else the list as written.</summary>
    public static string Resolve(string proto, string spec) =>
        spec != OutsideSample.MostCommon ? spec : string.Join(',', proto == "tcp" ? Tcp : Udp);

    /// <summary>How a sample's port list reads in messages.</summary>
    public static string Describe(string proto, string spec) =>
        spec != OutsideSample.MostCommon ? spec : $"the {(proto == "tcp" ? Tcp : Udp).Count} most common {proto.ToUpperInvariant()} ports";

    private static Dictionary<string, IReadOnlyList<int>> LoadEmbedded()
    {
        using var stream = typeof(CommonPorts).Assembly.GetManifestResourceStream("common-ports.yaml")
            ?? throw new InvalidOperationException("the common port lists are not embedded");
        using var reader = new StreamReader(stream);
        var lists = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<int>>>(reader);
        return lists.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<int>)kv.Value, StringComparer.Ordinal);
    }
}
