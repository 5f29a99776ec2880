using Compliance.Core.Results;
using Compliance.Core.Transport;

namespace Compliance.Controls.Framework;

/// <summary>
/// One executable check: establishes one fact about the environment and returns its result.
/// The check's ID is its class name (the NUnit test of the same name runs it).
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

    /// <summary>Runs the check and never throws for a probe failure.</summary>
    public async Task<CheckResult> RunAsync(CheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = context.Clock.GetUtcNow();
        var evidence = new EvidenceLog(context.Clock, context.Redactor);
        Verdict verdict;
        try
        {
            verdict = await EvaluateAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        }
        catch (PrerequisiteFailedException e)
        {
            verdict = Verdict.NotVerified($"Positive control failed: {e.Message}");
        }
        catch (TransportException e)
        {
            verdict = Verdict.NotVerified($"Transport failed: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            verdict = Verdict.NotVerified("A probe timed out.");
        }
        catch (KeyNotFoundException e)
        {
            verdict = Verdict.NotVerified($"Inventory incomplete for this check: {e.Message}");
        }
#pragma warning disable CA1031 // any probe failure must become Not verified, never a crash or a pass
        catch (Exception e)
#pragma warning restore CA1031
        {
            verdict = Verdict.NotVerified($"Probe error: {e.GetType().Name}: {context.Redactor.Redact(e.Message)}");
        }

        return new CheckResult(CheckId, ControlId, Title, verdict.Outcome, context.Redactor.Redact(verdict.Message), evidence.Items, started, context.Clock.GetUtcNow());
    }

    /// <summary>Probes the environment through <paramref name="context"/>, records evidence, returns the verdict.</summary>
    protected abstract Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken);
}
