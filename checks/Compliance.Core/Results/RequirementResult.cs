using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;

namespace Compliance.Core.Results;

/// <summary>
/// One requirement's rolled-up result: its checks (resolved), or its attestation for a manual control.
/// <see cref="Outcome"/> is null when the policy is planned (reported as planned, never passed).
/// </summary>
public sealed record RequirementResult(
    Policy Policy,
    Outcome? Outcome,
    string Message,
    IReadOnlyList<ResolvedCheck> Checks,
    Attestation? Attestation);
