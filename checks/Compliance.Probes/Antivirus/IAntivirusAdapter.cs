using Compliance.Core.Transport;

namespace Compliance.Probes.Antivirus;

/// <summary>
/// One antivirus product's command-line interface on a Linux server. A method throws when it cannot establish the
/// fact (tool missing, unexpected output); a fact that does not hold is a result.
/// </summary>
public interface IAntivirusAdapter
{
    /// <summary>The product name for evidence.</summary>
    string Product { get; }

    /// <summary>Whether the scanning daemon runs on this host and answers.</summary>
    Task<AvStatus> DaemonAsync(ITransport transport, CancellationToken cancellationToken);

    /// <summary>When the loaded definitions were built.</summary>
    Task<AvDefinitions> DefinitionsAsync(ITransport transport, CancellationToken cancellationToken);

    /// <summary>Scans one file on demand; <see cref="AvStatus.Holds"/> is true when a threat was detected in it.</summary>
    Task<AvStatus> ScanAsync(ITransport transport, string path, CancellationToken cancellationToken);
}
