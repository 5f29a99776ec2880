using Compliance.Core.Inventory;

namespace Compliance.Graph;

/// <summary>Gives a check its Graph reader for an environment.</summary>
public interface IGraphConnector
{
    /// <summary>The reader for the environment's tenant (live or recorded), as its <c>graph</c> section describes it.</summary>
    GraphReader Connect(EnvironmentInventory inventory);
}
