using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Graph;

namespace Compliance.Controls.Graph;

/// <summary>
/// A check answered by Microsoft Graph. Gets its reader from the run's <see cref="IGraphConnector"/>
/// (built from the inventory); a Graph failure becomes Not verified naming the missing permission or the error code.
/// Every message says when the answers came from a recorded tenant.
/// </summary>
public abstract class GraphCheck : Check
{
    /// <inheritdoc />
    protected sealed override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        GraphReader? reader = null;
        try
        {
            reader = context.Graph.Connect(context.Inventory);
            var run = new GraphRun(reader, context.Inventory.Expected.Get<GraphExpectation>(), context.Inventory, evidence, context.Clock);
            var verdict = await EvaluateAsync(run, cancellationToken).ConfigureAwait(false);
            return reader.Recorded ? verdict with { Message = $"{verdict.Message} [recorded tenant]" } : verdict;
        }
        catch (GraphUnavailableException e)
        {
            evidence.Record(reader?.Source ?? "Microsoft Graph", "Graph", "Graph read", "an answer", e.Message);
            return Verdict.NotVerified(reader is { Recorded: true } ? $"{e.Message} [recorded tenant]" : e.Message);
        }
    }

    /// <summary>Reads Graph through <paramref name="run"/>, records evidence, returns the verdict.</summary>
    protected abstract Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken);
}
