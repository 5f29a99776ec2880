using Compliance.Core.Outcomes;

namespace Compliance.Core.Drift;

/// <summary>A requirement whose outcome moved: before (null when the compared run did not cover it) and now.</summary>
public sealed record RequirementChange(string Id, string Title, Outcome? Before, Outcome After);
