using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Graph;

/// <summary>
/// A check that device management detects one product (any of the app names the <c>graph</c> section lists for it) on
/// inventory terminals: every terminal, unless the check narrows <see cref="Terminals"/>.
/// </summary>
/// <param name="controlId">The requirement the check enforces.</param>
/// <param name="title">The sentence the check proves.</param>
/// <param name="product">The product as messages name it.</param>
/// <param name="appNames">The product's app names in the <c>graph</c> section.</param>
public abstract class DetectedAppCheck(string controlId, string title, string product, Func<GraphExpectation, IReadOnlyList<string>> appNames) : GraphCheck
{
    /// <inheritdoc />
    public sealed override string ControlId => controlId;

    /// <inheritdoc />
    public sealed override string Title => title;

    /// <summary>The terminals that must run the product.</summary>
    protected virtual IReadOnlyList<Terminal> Terminals(GraphRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Inventory.Terminals;
    }

    /// <inheritdoc />
    protected sealed override Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return DetectedAppReview.EvaluateAsync(run, product, appNames(run.Expected), Terminals(run), cancellationToken);
    }
}
