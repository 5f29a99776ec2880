using Compliance.Controls.Host;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Host;

/// <summary>Accounts and groups a directory resolves by name but does not enumerate, and names nobody resolves.</summary>
public class DirectoryAccountTests
{
    private static HostWorld WithDirectoryInfraAccount()
    {
        var world = new HostWorld().WithInfraAccounts("infra1", "infra2", "infra3");
        world.Sudo.DirectoryPasswd = "infra3:*:20001:20100:Infra Three:/home/infra3:/bin/bash";
        world.Sudo.DirectoryGroup = "ops:*:20100:infra3";
        world.Sudo.Files["/etc/sudoers.d/ops"] = "%ops ALL=(root) NOPASSWD: WEB\n";
        return world;
    }

    [Test]
    public async Task A_directory_infra_account_with_the_approved_commands_passes_both_sudo_checks()
    {
        var world = WithDirectoryInfraAccount().Build();

        var approved = await world.RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());
        var root = await world.RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(approved.Outcome, Is.EqualTo(Outcome.Passed), approved.Message);
        Assert.That(root.Outcome, Is.EqualTo(Outcome.Passed), root.Message);
    }

    [Test]
    public async Task A_root_rule_for_a_directory_group_fails_for_its_members_that_enumeration_does_not_show()
    {
        var world = WithDirectoryInfraAccount();
        world.Sudo.Files["/etc/sudoers.d/ops"] = "%ops ALL=(ALL:ALL) NOPASSWD: ALL\n";

        var result = await world.Build().RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("infra3 can become root"));
    }

    [TestCase("%ghosts", "cannot be resolved to accounts")]
    [TestCase("%emptydir", "whose members the host cannot list")]
    public async Task A_root_rule_for_a_group_whose_members_cannot_be_listed_fails(string principal, string expected)
    {
        var world = WithDirectoryInfraAccount();
        world.Sudo.DirectoryGroup += "\nemptydir:*:20200:";
        world.Sudo.Files["/etc/sudoers.d/team"] = $"{principal} ALL=(ALL) ALL\n";

        var result = await world.Build().RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain(expected));
    }

    [Test]
    public async Task A_directory_infra_account_in_a_root_equivalent_group_fails_both_sudo_checks()
    {
        var world = WithDirectoryInfraAccount();
        world.Sudo.Group += "\ndocker:x:998:infra3";
        var env = world.Build();

        var approved = await env.RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());
        var root = await env.RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(approved.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(approved.Message, Does.Contain("infra3 is a member of the root-equivalent group docker"));
        Assert.That(root.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(root.Message, Does.Contain("infra3 can become root").And.Contain("docker"));
    }

    [Test]
    public async Task An_infra_account_the_host_cannot_resolve_leaves_the_sudo_checks_not_verified()
    {
        var env = new HostWorld().WithInfraAccounts("infra1", "infra2", "infra9").Build();

        var approved = await env.RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());
        var root = await env.RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(approved.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(approved.Message, Does.Contain("infra9 cannot be resolved"));
        Assert.That(root.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(root.Message, Does.Contain("infra9 cannot be resolved"));
    }

    [Test]
    public async Task A_sudoers_rule_naming_an_account_nobody_resolves_is_not_verified()
    {
        var world = new HostWorld();
        world.Sudo.Files["/etc/sudoers.d/handover"] = "jdoe ALL=(root) NOPASSWD: /usr/bin/systemctl restart nginx\n";

        var result = await world.Build().RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Contain("jdoe, which the host cannot resolve"));
    }
}
