using Compliance.Core.Results;

namespace Compliance.Reports;

/// <summary>Whether a waiver or attestation had lapsed on the (UTC) day the run started; valid through its expiry day.</summary>
internal static class Expiry
{
    public static bool IsExpired(DateOnly expires, RunMetadata run) =>
        expires < DateOnly.FromDateTime(run.StartedUtc.UtcDateTime);
}
