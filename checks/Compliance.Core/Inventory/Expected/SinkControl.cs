namespace Compliance.Core.Inventory.Expected;

/// <summary>A positive control of the internet sink: from a host with an allowed path, the ports that must answer.</summary>
public sealed record SinkControl
{
    /// <summary>The probing host.</summary>
    public required string From { get; init; }

    /// <summary><c>tcp</c> or <c>udp</c>.</summary>
    public required string Proto { get; init; }

    /// <summary>The sink address probed (defaults to the sink).</summary>
    public string? Address { get; init; }

    /// <summary>The ports that must answer.</summary>
    public required string Ports { get; init; }
}
