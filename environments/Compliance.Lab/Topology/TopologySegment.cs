namespace Compliance.Lab.Topology;

/// <summary>A segment: a bridge <c>br-NAME</c> in the router's namespace, with the router's address in it.</summary>
public sealed class TopologySegment
{
    public string Name { get; init; } = "";

    public string Cidr { get; init; } = "";

    public string Router { get; init; } = "";

    public string Description { get; init; } = "";

    public int PrefixLength => int.Parse(Cidr[(Cidr.IndexOf('/', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    public string BridgeName => "br-" + Name;
}
