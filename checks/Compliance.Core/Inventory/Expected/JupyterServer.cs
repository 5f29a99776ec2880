namespace Compliance.Core.Inventory.Expected;

/// <summary>A user's Jupyter server on a port.</summary>
public sealed record JupyterServer
{
    /// <summary>The owner.</summary>
    public required string User { get; init; }

    /// <summary>The port.</summary>
    public required int Port { get; init; }
}
