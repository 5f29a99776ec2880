using Compliance.Controls.Host;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Host;

public class RootOnSecureZoneServersIsHeldByTheDevelopmentSideTests
{
    [Test]
    public async Task Passes_when_only_development_side_and_the_audit_account_hold_root()
    {
        var result = await new HostWorld().Build().RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
    }

    [Test]
    public async Task Fails_on_a_hidden_rule_giving_an_infra_account_an_editor_as_root()
    {
        var world = new HostWorld();
        world.Sudo.Files["/etc/sudoers.d/zz-local"] = "infra2 ALL=(root) NOPASSWD: /usr/bin/vim /etc/hosts\n";

        var result = await world.Build().RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("infra2").And.Contain("zz-local"));
    }

    [Test]
    public async Task Fails_on_a_second_uid_zero_account_and_an_infra_member_of_sudo()
    {
        var world = new HostWorld();
        world.Sudo.Passwd += "\ntoor:x:0:0::/root:/bin/bash";
        world.Sudo.Group = world.Sudo.Group.Replace("sudo:x:27:dev1,dev2", "sudo:x:27:dev1,dev2,infra1", StringComparison.Ordinal);

        var result = await world.Build().RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("toor").And.Contain("infra1"));
    }

    [Test]
    public async Task Fails_when_root_may_log_in_over_ssh()
    {
        var world = new HostWorld();
        world.Sudo.Sshd = "port 22\npermitrootlogin prohibit-password\n";

        var result = await world.Build().RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("permitrootlogin prohibit-password"));
    }

    [Test]
    public async Task Is_not_verified_when_sudo_answers_something_unexpected()
    {
        var world = new HostWorld();
        world.Sudo.ListingOverrides["infra1"] = "sudo: unable to resolve host ml01: Name or service not known\n";

        var result = await world.Build().RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
    }
}
