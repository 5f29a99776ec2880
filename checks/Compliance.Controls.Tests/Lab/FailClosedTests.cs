using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// Fail-closed: when a vantage dies, the internet sink stops or a route breaks, the checks that depend on them become
/// Not verified, never Passed (a silent network must not read as "blocked").
/// </summary>
[TestFixture, Category("Lab"), Parallelizable(ParallelScope.All)]
public sealed class FailClosedTests
{
    [Test]
    public Task Terminal_with_its_link_down_leaves_its_deny_checks_not_verified() =>
        ExpectNotVerifiedAsync(
            "infra-term",
            // A link that goes down loses its routes, IPv6 as well as IPv4: both are put back, or later tests would find
            // the terminal without an IPv6 default route.
            "ip -4 route show > /run/failclosed.routes4; ip -6 route show > /run/failclosed.routes6; ip link set eth0 down",
            "ip link set eth0 up; while read -r r; do ip -4 route replace $r; done < /run/failclosed.routes4; "
                + "while read -r r; do ip -6 route replace $r; done < /run/failclosed.routes6; rm -f /run/failclosed.routes4 /run/failclosed.routes6",
            ["InfraAndDeveloperTerminalsReachNoInternetTcpPort", "InfraAndDeveloperTerminalsReachNoInternetUdpPort", "InfraAndDeveloperTerminalsCannotUseOutsideResolvers", "InfraAndDeveloperTerminalsCannotUseTheProxy", "DirectSshFromTerminalsToSecureZoneIsRefused", "SecurityRoomReachesSecureZoneOnlyOnAllowedPorts", "EveryReachableServiceIsAnAllowedFlow"]);

    [Test]
    public Task Stopped_internet_sink_leaves_the_exhaustive_egress_checks_not_verified() =>
        ExpectNotVerifiedAsync(
            "inet",
            "lab-service stop sink",
            "lab-service start sink",
            ["SecureZoneReachesNoInternetTcpPort", "SecureZoneReachesNoInternetUdpPort", "InfraAndDeveloperTerminalsReachNoInternetTcpPort", "InfraAndDeveloperTerminalsReachNoInternetUdpPort", "DataTerminalReachesInternetOnlyThroughProxy"]);

    [Test]
    public Task Secure_zone_without_its_default_route_leaves_its_checks_not_verified() =>
        ExpectNotVerifiedAsync(
            "ml01",
            "ip route del default",
            "ip route replace default via 198.18.50.1",
            ["SecureZoneReachesNoInternetTcpPort", "SecureZoneReachesNoInternetUdpPort", "SecureZoneCannotUseOutsideResolvers", "InternalResolverRefusesExternalNames", "NothingOutsideTheRoomReachesTheSecureZone"]);

    private static async Task ExpectNotVerifiedAsync(string host, string breakCommand, string healCommand, string[] affected)
    {
        var (lab, inventory) = await LabFixture.UpAsync();
        var checks = CheckCatalog.All().Where(c => affected.Contains(c.CheckId)).ToList();
        Assert.That(checks, Has.Count.EqualTo(affected.Length), "every affected check exists");
        await lab.ExecAsync(host, breakCommand);
        IReadOnlyList<Compliance.Core.Results.CheckResult> results;
        try
        {
            results = await LabRun.RunAsync(inventory, checks);
        }
        finally
        {
            await lab.ExecAsync(host, healCommand);
        }

        Assert.That(results.Where(r => r.Outcome != Outcome.NotVerified).Select(r => $"{r.CheckId}: {r.Outcome}: {r.Message}"), Is.Empty);
    }
}
