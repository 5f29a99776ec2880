namespace Compliance.Core.Results;

/// <summary>Everything the report writers render: metadata and one result per requirement of the catalog.</summary>
public sealed record RunReport(RunMetadata Metadata, IReadOnlyList<RequirementResult> Requirements);
