using Compliance.Core.Outcomes;

namespace Compliance.Core.Drift;

/// <summary>A requirement's outcome in one run, with its checks' outcomes (after waivers).</summary>
public sealed record RequirementRecord(string Id, string Title, Outcome Outcome, IReadOnlyList<CheckRecord> Checks);
