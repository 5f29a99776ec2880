using Compliance.Core.Results;
using Compliance.Core.Transport;

namespace Compliance.Controls.Framework;

/// <summary>
/// One executable check: establishes one fact about the environment and returns its result.
/// The check's ID is its class name; its requirement ID is declared once, on the class (<see cref="ControlId"/>).
/// Every public concrete subclass is in the <see cref="CheckRegistry"/>; a <see cref="CheckRun"/> runs it.
/// A <see cref="PrerequisiteFailedException"/>, a <see cref="TransportException"/>, a timeout or any other
/// exception while probing becomes Not verified, never Passed.
/// </summary>
public abstract class Check
{
    /// <summary>The stable check ID (the class name).</summary>
    public string CheckId => GetType().Name;

    /// <summary>The requirement ID this check enforces (e.g. <c>NET-07</c>).</summary>
    public abstract string ControlId { get; }

    /// <summary>The sentence the check proves.</summary>
    public abstract string Title { get; }

    /// <summary>The working time a check gets unless it declares its own.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The working time this check may take (time spent waiting for the sweep gate or for a probe another check started
    /// does not count). Past it, the check is Not verified.
    /// </summary>
    public virtual TimeSpan Deadline => DefaultDeadline;

    /// <summary>True for a check dominated by exhaustive sweeps: a run starts these first so the short checks overlap them.</summary>
    public virtual bool IsLong => false;

    /// <summary>The family of the requirement (<c>NET</c> of <c>NET-07</c>).</summary>
    public string Family => ControlId.Split('-')[0];

    /// <summary>Runs the check and never throws for a probe failure (a cancelled <paramref name="cancellationToken"/> still throws).</summary>
    public Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RunAsync(context, new EvidenceLog(context.Clock, context.Redactor), cancellationToken);
    }

    /// <summary>
    /// Runs the check, recording into <paramref name="evidence"/> (the caller keeps what was recorded if the run is stopped).
    /// A probe failure becomes Not verified; cancellation of <paramref name="cancellationToken"/> is thrown.
    /// </summary>
    public async Task<CheckResult> RunAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var started = context.Clock.GetUtcNow();
        Verdict verdict;
        try
        {
            verdict = await EvaluateAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // any probe failure must become Not verified, never a crash or a pass
        catch (Exception e)
#pragma warning restore CA1031
        {
            verdict = Verdict.NotVerified(ProbeFailure.Describe(e, context.Redactor));
        }

        return new CheckResult(CheckId, ControlId, Title, verdict.Outcome, context.Redactor.Redact(verdict.Message), evidence.Items, started, context.Clock.GetUtcNow());
    }

    /// <summary>Probes the environment through <paramref name="context"/>, records evidence, returns the verdict.</summary>
    protected abstract Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken);
}
