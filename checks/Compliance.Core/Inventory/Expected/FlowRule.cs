namespace Compliance.Core.Inventory.Expected;

/// <summary>One allowed flow: from hosts or segments, to hosts or segments, a protocol and ports (<c>22</c>, <c>80,443</c>, <c>1-65535</c>).</summary>
public sealed record FlowRule
{
    /// <summary>Source host or segment names.</summary>
    public required IReadOnlyList<string> From { get; init; }

    /// <summary>Destination host or segment names.</summary>
    public required IReadOnlyList<string> To { get; init; }

    /// <summary><c>tcp</c> or <c>udp</c>.</summary>
    public required string Proto { get; init; }

    /// <summary>Port list with ranges.</summary>
    public required string Ports { get; init; }

    /// <summary>Why the flow exists.</summary>
    public string Purpose { get; init; } = "";
}
