using Compliance.Core.Outcomes;

namespace Compliance.Core.Drift;

/// <summary>A check's outcome (after waivers) in one run.</summary>
public sealed record CheckRecord(string CheckId, string Title, Outcome Outcome);
