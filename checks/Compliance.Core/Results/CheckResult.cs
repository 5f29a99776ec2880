using Compliance.Core.Evidence;
using Compliance.Core.Outcomes;

namespace Compliance.Core.Results;

/// <summary>
/// The result of one check as the check itself established it (before waivers are applied).
/// <see cref="CheckId"/> is the check's stable name (the NUnit test method name, e.g.
/// <c>SecureZoneReachesNoInternetTcpPort</c>); <see cref="ControlId"/> the requirement ID (e.g. <c>NET-07</c>).
/// </summary>
public sealed record CheckResult(
    string CheckId,
    string ControlId,
    string Title,
    Outcome Outcome,
    string Message,
    IReadOnlyList<EvidenceItem> Evidence,
    DateTimeOffset StartedUtc,
    DateTimeOffset EndedUtc);
