using Compliance.Checks.Framework;
using Compliance.Controls.Host;

namespace Compliance.Checks.Host;

/// <summary>HOST: root, sudo rights and the confidential data on the Secure Zone servers.</summary>
[TestFixture, Category("HOST"), Parallelizable(ParallelScope.All)]
public sealed class HostChecks
{
    [Test, Control("HOST-01")]
    public void RootOnSecureZoneServersIsHeldByTheDevelopmentSide() => Suite.Run<RootOnSecureZoneServersIsHeldByTheDevelopmentSide>();

    [Test, Control("HOST-01")]
    public void InfraAccountsHoldOnlyApprovedSudoCommands() => Suite.Run<InfraAccountsHoldOnlyApprovedSudoCommands>();

    [Test, Control("HOST-02")]
    public void ConfidentialDataIsOwnedByTheProjectAndClosedToOthers() => Suite.Run<ConfidentialDataIsOwnedByTheProjectAndClosedToOthers>();

    [Test, Control("HOST-02")]
    public void InfraAccountsCannotReadTheConfidentialData() => Suite.Run<InfraAccountsCannotReadTheConfidentialData>();

    [Test, Control("HOST-03")]
    public void ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore() => Suite.Run<ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore>();
}
