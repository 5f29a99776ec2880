using Compliance.Core.Redaction;
using Compliance.Core.Transport;

namespace Compliance.Controls.Framework;

/// <summary>
/// The one wording of a probe that failed: a positive control that did not hold, a transport failure, a timeout, an
/// inventory gap, a vantage that cannot be reached, or any other error. A check's own failure and the failure of one
/// item among many read the same.
/// </summary>
public static class ProbeFailure
{
    /// <summary>Why <paramref name="failure"/> left the fact unestablished, with secrets removed by <paramref name="redactor"/>.</summary>
    public static string Describe(Exception failure, Redactor redactor)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(redactor);
        return failure switch
        {
            UnreachableVantageException e => e.Message,
            PrerequisiteFailedException e => $"Positive control failed: {e.Message}",
            TransportException e => $"Transport failed: {e.Message}",
            OperationCanceledException => "A probe timed out.",
            KeyNotFoundException e => $"Inventory incomplete for this check: {e.Message}",
            _ => $"Probe error: {failure.GetType().Name}: {redactor.Redact(failure.Message)}",
        };
    }
}
