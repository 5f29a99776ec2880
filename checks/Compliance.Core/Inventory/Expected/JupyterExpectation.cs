namespace Compliance.Core.Inventory.Expected;

/// <summary>Jupyter behind the HTTPS reverse proxy: the host, the port range the mapping serves, the servers expected.</summary>
[ExpectedSection("jupyter")]
public sealed record JupyterExpectation
{
    /// <summary>The host running Jupyter and the reverse proxy.</summary>
    public required string Host { get; init; }

    /// <summary>HTTPS port of the reverse proxy.</summary>
    public int HttpsPort { get; init; } = 443;

    /// <summary>Lowest port of the Jupyter range.</summary>
    public required int PortMin { get; init; }

    /// <summary>Highest port of the Jupyter range.</summary>
    public required int PortMax { get; init; }

    /// <summary>Jupyter servers that must run (user and port); others found running are checked too.</summary>
    [IteratedBy("JupyterPathReachesEachUsersServer")]
    public required IReadOnlyList<JupyterServer> Servers { get; init; }

    /// <summary>Terminals that use the HTTPS path and must not reach Jupyter ports directly.</summary>
    [IteratedBy("JupyterPathReachesEachUsersServer", "JupyterPathReachesNothingButJupyter", "JupyterRequiresAToken", "NoJupyterPortIsReachableFromAnyTerminal")]
    public required IReadOnlyList<string> Terminals { get; init; }

    /// <summary>Process names that identify a Jupyter server in the listening-socket table.</summary>
    public IReadOnlyList<string> ProcessNames { get; init; } = ["jupyter", "jupyter-notebook", "jupyter-lab", "python3"];
}
