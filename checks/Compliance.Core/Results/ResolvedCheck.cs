using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;

namespace Compliance.Core.Results;

/// <summary>A check's result after waivers: the final outcome and message, and the waiver that applied or had expired.</summary>
public sealed record ResolvedCheck(CheckResult Result, Outcome Outcome, string Message, Waiver? Waiver);
