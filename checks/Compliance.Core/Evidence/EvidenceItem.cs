namespace Compliance.Core.Evidence;

/// <summary>What one probe of a check did and saw. Secrets are redacted before an item is built.</summary>
public sealed record EvidenceItem(
    string Vantage,
    string Target,
    string Probe,
    string Expected,
    string Observed,
    string RawExcerpt,
    DateTimeOffset StartedUtc,
    DateTimeOffset EndedUtc);
