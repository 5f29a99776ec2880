using Compliance.Probes.Sshd;

namespace Compliance.Probes.Tests.Host;

/// <summary>Reading the daemon's Match blocks and Include lines, its pattern lists, and planning connections that satisfy each block.</summary>
public sealed class DaemonMatchBlockTests
{
    private static readonly SshdAccount[] Accounts =
    [
        new("root", ["root"], true),
        new("alice", ["alice", "mlproject"], true),
        new("infra1", ["infra1", "infra"], true),
        new("infra2", ["infra2", "infra"], true),
    ];

    private static readonly SshdSource[] Sources =
    [
        new("gateway (dmz)", "198.18.30.20"),
        new("dev-term (room)", "198.18.10.13"),
        new("infra-term (room)", "198.18.10.11"),
    ];

    private static SshdConfigFile Config => SshdConfigParser.Parse("/etc/ssh/sshd_config", TestData.Read("daemon/sshd_config"));

    [Test]
    public void Include_lines_are_read_in_order_and_relative_paths_are_under_etc_ssh()
    {
        Assert.That(Config.Includes, Is.EqualTo(new[] { "/etc/ssh/sshd_config.d/*.conf", "/etc/ssh/extra.conf" }));
    }

    [Test]
    public void Match_lines_are_read_case_insensitively_with_their_line_equals_sign_quotes_and_trailing_comment()
    {
        var blocks = Config.MatchBlocks;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(blocks.Select(b => b.Line), Is.EqualTo(new[] { 9, 12, 15, 18, 21 }));
            Assert.That(blocks[0].Criterion("group"), Is.EqualTo("infra"));
            Assert.That(blocks[1].Criteria, Is.EqualTo(new[] { new SshdMatchCriterion("address", "198.18.10.0/24,!198.18.10.13"), new SshdMatchCriterion("user", "*") }));
            Assert.That(blocks[1].ToString(), Is.EqualTo("Match Address 198.18.10.0/24,!198.18.10.13 User * (/etc/ssh/sshd_config:12)"));
        }
    }

    [Test]
    public void A_match_criterion_without_a_pattern_is_refused()
    {
        Assert.That(() => SshdConfigParser.Parse("/x", "Match User\n"), Throws.TypeOf<SshdSettingsException>().With.Message.Contains("/x:1"));
    }

    [TestCase("alice,bob", "bob", true)]
    [TestCase("infra*", "infra2", true)]
    [TestCase("infra?", "infra12", false)]
    [TestCase("*,!root", "root", false)]
    [TestCase("*,!root", "alice", true)]
    [TestCase("!root", "alice", false)]
    public void Pattern_lists_match_like_the_daemon(string list, string value, bool matches)
    {
        Assert.That(SshdPattern.Matches(list, value), Is.EqualTo(matches));
    }

    [TestCase("198.18.10.0/24", "198.18.10.200", true)]
    [TestCase("198.18.10.0/24,!198.18.10.13", "198.18.10.13", false)]
    [TestCase("198.18.10.*", "198.18.10.7", true)]
    [TestCase("fd5e:1ab0:c0de:10::/64", "fd5e:1ab0:c0de:10::11", true)]
    [TestCase("198.18.20.0/24", "198.18.10.1", false)]
    public void Address_lists_take_cidr_entries(string list, string address, bool matches)
    {
        Assert.That(SshdPattern.Matches(list, address, address: true), Is.EqualTo(matches));
    }

    [Test]
    public void A_group_block_is_evaluated_for_a_member_of_the_group()
    {
        var connections = SshdConnectionPlan.ForBlock(Config.MatchBlocks[0], Accounts, Sources, "198.18.50.10", 22);
        Assert.That(connections, Is.EqualTo(new[] { new SshdConnection("infra1", "198.18.30.20", "198.18.30.20", "198.18.50.10", 22) }));
    }

    [Test]
    public void An_address_block_is_evaluated_from_a_source_it_admits_for_an_account_and_for_root()
    {
        var connections = SshdConnectionPlan.ForBlock(Config.MatchBlocks[1], Accounts, Sources, "198.18.50.10", 22);
        Assert.That(connections.Select(c => c.Specification), Is.EqualTo(new[]
        {
            "user=alice,host=198.18.10.11,addr=198.18.10.11,laddr=198.18.50.10,lport=22",
            "user=root,host=198.18.10.11,addr=198.18.10.11,laddr=198.18.50.10,lport=22",
        }));
    }

    [Test]
    public void A_user_block_for_an_unknown_name_and_another_port_is_evaluated_for_that_name_and_port()
    {
        var connections = SshdConnectionPlan.ForBlock(Config.MatchBlocks[2], Accounts, Sources, "198.18.50.10", 22);
        Assert.That(connections, Is.EqualTo(new[] { new SshdConnection("contractor", "198.18.30.20", "198.18.30.20", "198.18.50.10", 2222) }));
    }

    [Test]
    public void A_host_name_wildcard_and_a_local_address_range_get_concrete_values()
    {
        var connection = SshdConnectionPlan.ForBlock(Config.MatchBlocks[3], Accounts, Sources, "198.18.50.10", 22)[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(connection.Host, Is.EqualTo("x.ops.example"));
            Assert.That(connection.LocalAddress, Is.EqualTo("198.18.50.10"));
        }
    }

    [Test]
    public void A_group_without_members_applies_to_nobody_and_an_unknown_criterion_cannot_be_evaluated()
    {
        var config = new SshdConfiguration([Config, SshdConfigParser.Parse("/etc/ssh/extra.conf", "Match Group auditors\n  PasswordAuthentication yes\n")]);
        var plan = SshdConnectionPlan.Build(config, Accounts, Sources, "198.18.50.10", 22);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Unsatisfiable, Has.Count.EqualTo(1).And.Some.Contains("Match Group auditors (/etc/ssh/extra.conf:1)"));
            Assert.That(plan.Unevaluated, Has.Count.EqualTo(1).And.Some.Contains("RDomain mgmt"));
        }
    }

    [Test]
    public void Every_account_is_evaluated_from_every_source_besides_the_blocks()
    {
        var plan = SshdConnectionPlan.Build(new SshdConfiguration([Config]), Accounts, Sources, "198.18.50.10", 22);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.Connections.Count(c => !c.Reason.StartsWith("Match", StringComparison.Ordinal)), Is.EqualTo(Accounts.Length * Sources.Length - 3),
                "infra1 from the gateway, alice and root from infra-term are already planned by the group and address blocks");
            Assert.That(plan.Connections.Select(c => c.Connection.Specification), Is.Unique);
            Assert.That(plan.Connections.Any(c => c.Reason == "root from dev-term (room) (198.18.10.13)"), Is.True);
        }
    }

    [Test]
    public void The_blocks_that_apply_to_a_connection_are_named()
    {
        var groups = Accounts.ToDictionary(a => a.Name, a => a.Groups);
        var root = new SshdConnection("root", "198.18.10.11", "198.18.10.11", "198.18.50.10", 22);
        var infra = new SshdConnection("infra2", "198.18.10.13", "198.18.10.13", "198.18.50.10", 22);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Config.MatchBlocks.Where(b => b.Applies(root, u => groups[u])).Select(b => b.Line), Is.EqualTo(new[] { 12 }));
            Assert.That(Config.MatchBlocks.Where(b => b.Applies(infra, u => groups[u])).Select(b => b.Line), Is.EqualTo(new[] { 9 }));
        }
    }

    [Test]
    public void The_connection_specification_carries_local_address_and_port()
    {
        Assert.That(SshdSettingsReader.Arguments(new SshdConnection("u", "h", "198.18.0.1", "198.18.50.10", 22)),
            Is.EqualTo(new[] { "/usr/sbin/sshd", "-T", "-C", "user=u,host=h,addr=198.18.0.1,laddr=198.18.50.10,lport=22" }));
    }

    [Test]
    public void Accounts_with_a_login_shell_and_group_members_are_read_from_getent()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SshdAccountsReader.LoginAccounts(TestData.Read("daemon/getent_passwd")), Is.EqualTo(new[] { "root", "infra1", "alice" }));
            Assert.That(SshdAccountsReader.GroupMembers("infra:x:1005:infra1,infra2\n"), Is.EqualTo(new[] { "infra1", "infra2" }));
            Assert.That(SshdAccountsReader.GroupMembers("empty:x:1006:\n"), Is.Empty);
        }
    }

    [Test]
    public void A_batched_read_gives_each_connection_its_settings_or_its_error()
    {
        var ok = new SshdConnection("infra1", "a", "198.18.10.11", "198.18.50.10", 22);
        var bad = new SshdConnection("alice", "a", "198.18.10.11", "198.18.50.10", 22);
        var missing = new SshdConnection("bob", "a", "198.18.10.11", "198.18.50.10", 22);
        var output = $"@@spec {ok.Specification}\nport 22\npasswordauthentication yes\n\n@@exit 0\n@@spec {bad.Specification}\nBad Match line\n\n@@exit 255\n";
        var reads = SshdSettingsReader.SplitBatch(output, [ok, bad, missing], "ml01");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reads[0].Settings?.Value("passwordauthentication"), Is.EqualTo("yes"));
            Assert.That(reads[0].Settings?.Connection, Is.EqualTo(ok));
            Assert.That(reads[1].Error, Does.Contain("exit 255").And.Contain("Bad Match line"));
            Assert.That(reads[2].Error, Does.Contain("printed nothing"));
        }
    }

    [Test]
    public void Batched_group_lookups_mark_names_the_host_does_not_know()
    {
        var accounts = SshdAccountsReader.ParseGroups("infra1 infra\n@@user infra1 0\n\n@@user ghost 1\n", ["infra1", "ghost", "never"]);
        Assert.That(accounts, Is.EqualTo(new[] { new SshdAccount("infra1", ["infra1", "infra"], true), new SshdAccount("ghost", [], false), new SshdAccount("never", [], false) })
            .Using<SshdAccount>((a, b) => a.Name == b.Name && a.Known == b.Known && a.Groups.SequenceEqual(b.Groups)));
    }
}
