using Compliance.Checks.Framework;
using Compliance.Controls.Network;

namespace Compliance.Checks.Network;

/// <summary>The network checks (NET): one test per check, named as the check.</summary>
[TestFixture, Category("NET"), Parallelizable(ParallelScope.All)]
public sealed class NetworkChecks
{
    [Test, Control("NET-01")]
    public void EveryReachableServiceIsAnAllowedFlow() => Suite.Run<EveryReachableServiceIsAnAllowedFlow>();

    [Test, Control("NET-01")]
    public void SecurityRoomIsItsOwnSegmentApartFromOffice() => Suite.Run<SecurityRoomIsItsOwnSegmentApartFromOffice>();

    [Test, Control("NET-02")]
    public void DhcpGivesEachRegisteredTerminalExactlyItsAddress() => Suite.Run<DhcpGivesEachRegisteredTerminalExactlyItsAddress>();

    [Test, Control("NET-02")]
    public void DhcpGivesUnregisteredMacNoRoomAddress() => Suite.Run<DhcpGivesUnregisteredMacNoRoomAddress>();

    [Test, Control("NET-03")]
    public void EapTlsKeepsOtherIdentitiesOutOfTheRoomVlan() => Suite.Run<EapTlsKeepsOtherIdentitiesOutOfTheRoomVlan>();

    [Test, Control("NET-03")]
    public void EapTlsPlacesProjectAccountsInTheRoomVlan() => Suite.Run<EapTlsPlacesProjectAccountsInTheRoomVlan>();

    [Test, Control("NET-04")]
    public void SecurityRoomReachesSecureZoneOnlyOnAllowedPorts() => Suite.Run<SecurityRoomReachesSecureZoneOnlyOnAllowedPorts>();

    [Test, Control("NET-05")]
    public void NothingOutsideTheRoomReachesTheSecureZone() => Suite.Run<NothingOutsideTheRoomReachesTheSecureZone>();

    [Test, Control("NET-06")]
    public void DirectSshFromTerminalsToSecureZoneIsRefused() => Suite.Run<DirectSshFromTerminalsToSecureZoneIsRefused>();

    [Test, Control("NET-06")]
    public void GatewayRefusesTcpForwarding() => Suite.Run<GatewayRefusesTcpForwarding>();

    [Test, Control("NET-06")]
    public void SecureZoneSshWorksThroughTheGatewayHop() => Suite.Run<SecureZoneSshWorksThroughTheGatewayHop>();

    [Test, Control("NET-07")]
    public void InternalResolverRefusesExternalNames() => Suite.Run<InternalResolverRefusesExternalNames>();

    [Test, Control("NET-07")]
    public void SecureZoneCannotUseOutsideResolvers() => Suite.Run<SecureZoneCannotUseOutsideResolvers>();

    [Test, Control("NET-07")]
    public void SecureZoneReachesNoInternetTcpPort() => Suite.Run<SecureZoneReachesNoInternetTcpPort>();

    [Test, Control("NET-07")]
    public void SecureZoneReachesNoInternetUdpPort() => Suite.Run<SecureZoneReachesNoInternetUdpPort>();

    [Test, Control("NET-08")]
    public void ProxyRefusesUnlistedNamesIpLiteralsAndConnect() => Suite.Run<ProxyRefusesUnlistedNamesIpLiteralsAndConnect>();

    [Test, Control("NET-08")]
    public void ProxyServesEveryAllowlistedName() => Suite.Run<ProxyServesEveryAllowlistedName>();

    [Test, Control("NET-09")]
    public void ProxyLogsEveryRequestWithSourceAddress() => Suite.Run<ProxyLogsEveryRequestWithSourceAddress>();

    [Test, Control("NET-10")]
    public void DataTerminalReachesInternetOnlyThroughProxy() => Suite.Run<DataTerminalReachesInternetOnlyThroughProxy>();

    [Test, Control("NET-10")]
    public void InfraAndDeveloperTerminalsCannotUseOutsideResolvers() => Suite.Run<InfraAndDeveloperTerminalsCannotUseOutsideResolvers>();

    [Test, Control("NET-10")]
    public void InfraAndDeveloperTerminalsCannotUseTheProxy() => Suite.Run<InfraAndDeveloperTerminalsCannotUseTheProxy>();

    [Test, Control("NET-10")]
    public void InfraAndDeveloperTerminalsReachNoInternetTcpPort() => Suite.Run<InfraAndDeveloperTerminalsReachNoInternetTcpPort>();

    [Test, Control("NET-10")]
    public void InfraAndDeveloperTerminalsReachNoInternetUdpPort() => Suite.Run<InfraAndDeveloperTerminalsReachNoInternetUdpPort>();

    [Test, Control("NET-11")]
    public void OnlyTheInfraTerminalReachesDmzAdministration() => Suite.Run<OnlyTheInfraTerminalReachesDmzAdministration>();

    [Test, Control("NET-12")]
    public void SecureZoneGetsNtpTime() => Suite.Run<SecureZoneGetsNtpTime>();

    [Test, Control("NET-12")]
    public void SecureZoneRelaysMailThroughTheDmz() => Suite.Run<SecureZoneRelaysMailThroughTheDmz>();

    [Test, Control("NET-12")]
    public void SecureZoneResolvesInternalNames() => Suite.Run<SecureZoneResolvesInternalNames>();
}
