using Compliance.Controls.Host;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Host;

public class InfraAccountsHoldOnlyApprovedSudoCommandsTests
{
    [Test]
    public async Task Passes_when_infra_accounts_hold_exactly_the_approved_commands()
    {
        var result = await new HostWorld().Build().RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
    }

    [TestCase("infra1 ALL=(root) /usr/bin/systemctl restart *", "wildcard")]
    [TestCase("infra1 ALL=(root) /usr/bin/systemctl", "can shell")]
    [TestCase("%ops ALL=(root) /usr/bin/less /var/log/syslog", "less can shell")]
    [TestCase("infra2 ALL=(ALL) ALL", "ALL: any command")]
    [TestCase("infra1 ALL=(root) /usr/bin/find /var/log -name x -exec /bin/true ;", "find can")]
    [TestCase("infra1 ALL=(root) /usr/bin/journalctl -u nginx", "journalctl can shell")]
    [TestCase("infra1 ALL=(root) /usr/bin/python3 /opt/tools/report.py", "python3 can shell")]
    [TestCase("infra1 ALL=(root) SETENV: /usr/bin/systemctl restart nginx", "SETENV")]
    [TestCase("infra1 ALL=(www-data) /usr/bin/systemctl restart nginx", "not on the approved list")]
    [TestCase("infra1 ALL=(root) /usr/bin/cat", "cat can file-read")]
    [TestCase("infra1 ALL=(root) /usr/local/bin/", "a directory")]
    public async Task Fails_on_any_widening_rule(string rule, string reason)
    {
        var world = new HostWorld();
        world.Sudo.Files["/etc/sudoers.d/90-extra"] = rule + "\n";

        var result = await world.Build().RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain(reason));
    }

    [Test]
    public async Task Fails_on_a_rule_for_an_account_that_is_not_in_the_inventory()
    {
        var world = new HostWorld();
        world.Sudo.Passwd += "\nmallory:x:2500:2500::/home/mallory:/bin/bash";
        world.Sudo.Files["/etc/sudoers.d/old"] = "mallory ALL=(root) /usr/bin/id\n";

        var result = await world.Build().RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("mallory, not an inventoried account"));
    }

    [Test]
    public async Task Fails_on_a_right_sudo_reports_from_outside_the_files()
    {
        var world = new HostWorld();
        world.Sudo.ListingOverrides["infra1"] = "User infra1 may run the following commands on ml01:\n    (ALL) NOPASSWD: ALL\n";

        var result = await world.Build().RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("infra1 may run (ALL) NOPASSWD: ALL"));
    }

    [Test]
    public async Task Fails_when_the_inventory_approves_a_dangerous_command()
    {
        var world = new HostWorld();
        world.Env.With(new Core.Inventory.Expected.SudoExpectation
        {
            Hosts = ["ml01"], RootHolders = ["dev1", "dev2"], AuditAccounts = ["compliance"], InfraAccounts = ["infra1", "infra2"],
            RootEquivalentGroups = ["sudo", "admin", "wheel", "root", "docker", "lxd", "disk"],
            SetuidSearchRoots = ["/usr", "/etc"],
            ApprovedCommands = [new() { Command = "/usr/bin/systemctl restart nginx" }, new() { Command = "/usr/bin/journalctl --no-pager -u nginx" }, new() { Command = "/usr/bin/vi /etc/nginx/nginx.conf" }],
        });

        var result = await world.Build().RunAsync(new InfraAccountsHoldOnlyApprovedSudoCommands());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("approved command '/usr/bin/vi"));
    }
}
