using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

public class SudoersParserTests
{
    [Test]
    public void Command_aliases_are_expanded_and_group_rules_keep_their_group()
    {
        var file = new SudoersParser().Parse("/etc/sudoers", TestData.Read("sudo/sudoers"));

        Assert.That(file.Rules.Where(r => r.Principals.Contains("infra1")).Select(r => r.Right.Command), Is.EqualTo(new[]
        {
            "/usr/bin/systemctl restart nginx", "/usr/bin/systemctl status nginx --no-pager", "/usr/bin/journalctl --no-pager -u nginx",
            "/usr/bin/less /var/log/nginx/*", "/usr/bin/tail -n 100 /var/log/syslog",
        }));
        var ops = file.Rules.Single(r => r.Principals.Contains("%ops"));
        Assert.That(ops.Right.Command, Is.EqualTo("ALL"));
        Assert.That(ops.Right.NoPassword, Is.True);
        Assert.That(ops.Line, Is.EqualTo(8));
        Assert.That(file.IncludedDirectories, Is.EqualTo(new[] { "/etc/sudoers.d" }));
    }

    [Test]
    public void A_rule_in_an_included_file_is_found_with_its_run_as_user_and_group()
    {
        var rule = new SudoersParser().Parse("/etc/sudoers.d/extra", TestData.Read("sudo/sudoers.d-extra")).Rules.Single();

        Assert.That(rule.Principals, Is.EqualTo(new[] { "infra2" }));
        Assert.That(rule.Right.RunAs, Is.EqualTo("www-data : adm"));
        Assert.That(rule.Right.Options, Does.Contain("SETENV"));
        Assert.That(rule.Right.Command, Is.EqualTo("/usr/bin/find /var/www -name *"));
    }

    [Test]
    public void User_and_runas_aliases_continuations_and_a_second_runas_in_one_rule_are_resolved()
    {
        const string content = """
            User_Alias OPS = infra1, %infra \
                , infra3
            Runas_Alias WEB = www-data
            # a comment
            OPS ALL = (WEB) NOEXEC: /usr/bin/id, (root) /usr/bin/whoami, !/usr/bin/su
            Defaults:OPS !requiretty
            #1001 ALL = (root) sha224:0123abcd /usr/bin/uptime
            """;
        var rules = new SudoersParser().Parse("/etc/sudoers.d/ops", content).Rules;

        Assert.That(rules, Has.Count.EqualTo(3));
        Assert.That(rules[0].Principals, Is.EqualTo(new[] { "infra1", "%infra", "infra3" }));
        Assert.That(rules[0].Right.ToString(), Is.EqualTo("(www-data) /usr/bin/id"));
        Assert.That(rules[0].Right.Options, Does.Contain("NOEXEC"));
        Assert.That(rules[1].Right.ToString(), Is.EqualTo("(root) /usr/bin/whoami"));
        Assert.That(rules[2].Principals, Is.EqualTo(new[] { "#1001" }));
        Assert.That(rules[2].Right.Command, Is.EqualTo("/usr/bin/uptime"));
    }

    [Test]
    public void Rules_for_several_hosts_in_one_line_are_all_kept()
    {
        var rules = new SudoersParser().Parse("/etc/sudoers", "infra1 ml01 = (root) /usr/bin/id : ml02 = (root) /usr/bin/uptime").Rules;

        Assert.That(rules.Select(r => r.Right.Command), Is.EqualTo(new[] { "/usr/bin/id", "/usr/bin/uptime" }));
    }
}
