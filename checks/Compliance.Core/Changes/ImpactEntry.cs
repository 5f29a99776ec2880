using Compliance.Core.Outcomes;

namespace Compliance.Core.Changes;

/// <summary>
/// A requirement (<see cref="CheckId"/> null) or one of its checks, its outcome without the change (null: the baseline did
/// not cover it) and with it, the change run's message and the effect.
/// </summary>
public sealed record ImpactEntry(string ControlId, string Title, string? CheckId, Outcome? Before, Outcome After, string Message, ChangeEffect Effect)
{
    /// <summary>True when the baseline was compliant (Passed, or Waived, Attested, Not applicable) and the change makes it Failed: the change breaks it.</summary>
    public bool Breaks => Effect == ChangeEffect.NewlyFailed && Before is { IsCompliant: true };

    /// <summary>True when the baseline was compliant and the change leaves it Not verified.</summary>
    public bool LosesVerification => Effect == ChangeEffect.NewlyNotVerified && Before is { IsCompliant: true };
}
