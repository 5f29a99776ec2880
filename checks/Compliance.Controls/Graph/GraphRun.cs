using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Graph;

namespace Compliance.Controls.Graph;

/// <summary>One Graph check run: the reader, the <c>graph</c> section, the inventory and the evidence log.</summary>
public sealed class GraphRun(GraphReader reader, GraphExpectation expected, EnvironmentInventory inventory, EvidenceLog evidence, TimeProvider clock)
{
    /// <summary>The Graph reader.</summary>
    public GraphReader Reader { get; } = reader;

    /// <summary>The expected state of the tenant.</summary>
    public GraphExpectation Expected { get; } = expected;

    /// <summary>The environment (its terminals in particular).</summary>
    public EnvironmentInventory Inventory { get; } = inventory;

    /// <summary>The run's clock (sign-in log windows).</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Records one Graph read as evidence; the vantage is the Graph source.</summary>
    public void Record(string request, string expected, string observed, string raw = "") =>
        evidence.Record(Reader.Source, "Microsoft Graph", request, expected, observed, raw);
}
