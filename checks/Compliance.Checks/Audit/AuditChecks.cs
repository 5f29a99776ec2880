using Compliance.Checks.Framework;
using Compliance.Controls.Audit;

namespace Compliance.Checks.Audit;

/// <summary>AUD: gateway session recordings and the retention of audit logs.</summary>
[TestFixture, Category("AUD"), Parallelizable(ParallelScope.All)]
public sealed class AuditChecks
{
    [Test, Control("AUD-01")]
    public void GatewaySessionsAreRecordedWithWhatWasTyped() => Suite.Run<GatewaySessionsAreRecordedWithWhatWasTyped>();

    [Test, Control("AUD-01")]
    public void RecordedUsersCannotAlterOrDeleteRecordings() => Suite.Run<RecordedUsersCannotAlterOrDeleteRecordings>();

    [Test, Control("AUD-01")]
    public void GatewayOffersNoUnrecordedWayThrough() => Suite.Run<GatewayOffersNoUnrecordedWayThrough>();

    [Test, Control("AUD-04")]
    public void AuditLogsCannotBeChangedByDevelopers() => Suite.Run<AuditLogsCannotBeChangedByDevelopers>();

    [Test, Control("AUD-04")]
    public void AuditLogsAreRetainedForTheRequiredPeriod() => Suite.Run<AuditLogsAreRetainedForTheRequiredPeriod>();
}
