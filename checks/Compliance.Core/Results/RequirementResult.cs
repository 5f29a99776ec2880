using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;

namespace Compliance.Core.Results;

/// <summary>
/// One requirement's rolled-up result: its checks (resolved), or its attestation for a manual control and whether that
/// had expired on the run's day (decided once, by <see cref="OutcomeResolver"/>). A planned policy is
/// <see cref="Outcome.Planned"/>, never passed.
/// </summary>
public sealed record RequirementResult(
    Policy Policy,
    Outcome Outcome,
    string Message,
    IReadOnlyList<ResolvedCheck> Checks,
    Attestation? Attestation,
    bool AttestationExpired);
