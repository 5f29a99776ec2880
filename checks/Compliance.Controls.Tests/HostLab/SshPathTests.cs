using Compliance.Controls.Framework;
using Compliance.Controls.Host;
using Compliance.Controls.Tests.Lab;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using Compliance.Probes.Ssh.Origins;
using Compliance.Probes.Transport;

namespace Compliance.Controls.Tests.HostLab;

/// <summary>
/// The production path in the lab: ml01 reached over SSH as the suite's account through the gateway's recorded hop,
/// from the infra terminal's namespace (the gateway itself forces every session into the hop, so its own facts are
/// read over netns). Green on the compliant lab; a wrong key file, a
/// wrong host key pin and a stopped gateway sshd give Not verified, never Passed.
/// </summary>
[TestFixture, Category("Lab"), Parallelizable(ParallelScope.All)]
public sealed class SshPathTests
{
    private const string GatewayKey = "SHA256:5BxvvCckPmTFQq2wQHkwJB9PB3ZDrccEntYDT+Leh2Q";
    private const string Ml01Key = "SHA256:3QbjG2LbqD4rMJbR9s72JoKo3TpV2xbE930wHAG2NqE";

    [Test]
    public async Task Host_checks_pass_over_ssh_through_the_recorded_hop()
    {
        var results = await RunAsync(OverSsh(await InventoryAsync(), "fixtures/ssh/compliance_ed25519", GatewayKey));

        Assert.That(results.Where(r => r.Outcome != Outcome.Passed).Select(r => $"{r.CheckId}: {r.Outcome}: {r.Message}"), Is.Empty);
        Assert.That(results.SelectMany(r => r.Evidence).Any(e => e.Target == "ml01"), Is.True);
    }

    [Test]
    public async Task A_wrong_key_file_gives_not_verified()
    {
        var results = await RunAsync(OverSsh(await InventoryAsync(), "fixtures/ssh/gateway_host_ed25519_key", GatewayKey));

        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(Outcome.NotVerified));
    }

    [Test]
    public async Task A_changed_gateway_host_key_gives_not_verified()
    {
        var results = await RunAsync(OverSsh(await InventoryAsync(), "fixtures/ssh/compliance_ed25519", Ml01Key));

        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(Outcome.NotVerified));
        Assert.That(results[0].Message, Does.Contain("host key").IgnoreCase);
    }

    [Test]
    public async Task A_stopped_gateway_sshd_gives_not_verified()
    {
        var (lab, _) = await LabFixture.UpAsync();
        var inventory = OverSsh(await InventoryAsync(), "fixtures/ssh/compliance_ed25519", GatewayKey);
        await lab.BreakAsync("aud-gateway-sshd-stopped");
        IReadOnlyList<CheckResult> results;
        try
        {
            results = await RunAsync(inventory);
        }
        finally
        {
            await lab.HealAsync("aud-gateway-sshd-stopped");
        }

        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(Outcome.NotVerified));
    }

    private static async Task<EnvironmentInventory> InventoryAsync() => (await LabFixture.UpAsync()).Inventory;

    private static EnvironmentInventory OverSsh(EnvironmentInventory inventory, string keyFile, string gatewayPin)
    {
        var key = Path.Combine(inventory.Directory, keyFile);
        var hosts = inventory.Hosts.Select(h => h.Name switch
        {
            "gateway" => h with { Transport = new TransportSettings("ssh", User: "compliance", KeyFile: key, HostKey: gatewayPin, Sudo: true) },
            "ml01" => h with { Transport = new TransportSettings("ssh", User: "compliance", KeyFile: key, HostKey: Ml01Key, Via: "gateway", Sudo: true) },
            _ => h,
        }).ToList();
        return inventory with { Hosts = hosts };
    }

    private static async Task<IReadOnlyList<CheckResult>> RunAsync(EnvironmentInventory inventory)
    {
        var infraTerminal = new NamespaceOrigin(inventory.Host("infra-term").Transport.Namespace!);
        await using var run = new CheckRun(inventory, new TransportFactory(inventory, StandardTransports.Create(infraTerminal)));
        Check[] checks = [new RootOnSecureZoneServersIsHeldByTheDevelopmentSide(), new InfraAccountsHoldOnlyApprovedSudoCommands(), new InfraAccountsCannotReadTheConfidentialData(), new ConfidentialDataIsOwnedByTheProjectAndClosedToOthers()];
        var results = await run.RunAsync(checks);
        foreach (var r in results)
        {
            TestContext.Out.WriteLine($"{r.CheckId}: {r.Outcome}: {r.Message}");
        }

        return results;
    }
}
