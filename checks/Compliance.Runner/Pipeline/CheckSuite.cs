using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Transport;
using Compliance.Graph;
using Compliance.Probes.Transport;

namespace Compliance.Runner.Pipeline;

/// <summary>The checks a run can select from and how it reaches an environment's hosts and its Microsoft Graph tenant.</summary>
public sealed record CheckSuite(IReadOnlyList<Check> Checks, Func<EnvironmentInventory, ITransportFactory> Transports, IGraphConnector? Graph = null)
{
    /// <summary>Every check of the registry over the standard transports (netns for the lab, SSH for production).</summary>
    public static CheckSuite Standard() =>
        new(CheckRegistry.All(), inventory => new TransportFactory(inventory, StandardTransports.Create()));
}
