namespace Compliance.Graph.Recorded;

/// <summary>One request the recorded tenant answered: what was asked, which file answered, with which status, and the SDK's retry attempt header.</summary>
public sealed record RecordedExchange(string PathAndQuery, string? File, int Status, string? RetryAttempt);
