using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;

namespace Compliance.Core.Results;

/// <summary>
/// A check's result after waivers: the final outcome and message, the waiver that applied or had expired, and whether
/// it had expired on the run's day (decided once, by <see cref="OutcomeResolver"/>; every report shows this decision).
/// </summary>
public sealed record ResolvedCheck(CheckResult Result, Outcome Outcome, string Message, Waiver? Waiver, bool WaiverExpired);
