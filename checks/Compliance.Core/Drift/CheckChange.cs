using Compliance.Core.Outcomes;

namespace Compliance.Core.Drift;

/// <summary>A check whose outcome (after waivers) moved: before (null when the compared run did not run it) and now.</summary>
public sealed record CheckChange(string CheckId, string ControlId, string Title, Outcome? Before, Outcome After);
