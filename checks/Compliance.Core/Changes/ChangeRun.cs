namespace Compliance.Core.Changes;

/// <summary>
/// What a change run tried and against what: the proposed change, the baseline run (the lab as it stands, same selection;
/// <see cref="BaselineReused"/> when an earlier baseline of the same inputs was taken), the lab instance the change was
/// applied to, and the impact.
/// </summary>
public sealed record ChangeRun(
    ProposedChange Change,
    string BaselineRunId,
    DateTimeOffset BaselineStartedUtc,
    bool BaselineReused,
    string Instance,
    ChangeImpact Impact);
