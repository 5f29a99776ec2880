using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

public class LogrotateParserTests
{
    private const string Main = """
        weekly
        rotate 4
        create
        include /etc/logrotate.d
        """;

    [Test]
    public void A_block_inherits_the_global_period_and_overrides_the_count()
    {
        const string squid = """
            /var/log/squid/*.log {
                rotate 52
                compress
                postrotate
                    test ! -e /run/squid.pid || /usr/sbin/squid -k rotate
                endscript
            }
            """;
        var stanzas = LogrotateParser.Parse([("/etc/logrotate.conf", Main), ("/etc/logrotate.d/squid", squid)]);

        var block = LogrotateParser.For(stanzas, "/var/log/squid/access.log");
        Assert.That(block, Is.Not.Null);
        Assert.That(block!.Rotate, Is.EqualTo(52));
        Assert.That(block.PeriodDays, Is.EqualTo(7));
        Assert.That(block.RetentionDays, Is.EqualTo(364));
    }

    [Test]
    public void Maxage_caps_the_retention_and_unmatched_paths_have_no_block()
    {
        const string ttyrec = "/var/log/ttyrec/*/*.ttyrec {\n daily\n rotate 400\n maxage 30\n}\n";
        var stanzas = LogrotateParser.Parse([("/etc/logrotate.conf", Main), ("/etc/logrotate.d/ttyrec", ttyrec)]);

        Assert.That(LogrotateParser.For(stanzas, "/var/log/ttyrec/infra1/x.ttyrec")!.RetentionDays, Is.EqualTo(30));
        Assert.That(LogrotateParser.For(stanzas, "/var/log/syslog"), Is.Null);
    }

    [Test]
    public void Paths_on_lines_of_their_own_before_the_brace_are_the_block_s_patterns()
    {
        const string squid = "/var/log/squid/access.log\n\"/var/log/squid/cache log.log\"\n{\n\tdaily\n\trotate 1\n}\n";
        var stanzas = LogrotateParser.Parse([("/etc/logrotate.conf", Main), ("/etc/logrotate.d/squid", squid)]);

        var block = LogrotateParser.For(stanzas, "/var/log/squid/access.log");
        Assert.That(block, Is.Not.Null);
        Assert.That(block!.Patterns, Is.EqualTo(new[] { "/var/log/squid/access.log", "/var/log/squid/cache log.log" }));
        Assert.That((block.Keeps(90), block.RetentionDays), Is.EqualTo(((bool?)false, 1.0)));
    }

    [Test]
    public void Several_paths_on_the_header_line_share_the_block()
    {
        var stanzas = LogrotateParser.Parse([("/etc/logrotate.conf", "/var/log/a.log /var/log/b.log {\n monthly\n rotate 4\n}\n")]);
        Assert.That(LogrotateParser.For(stanzas, "/var/log/b.log")!.RetentionDays, Is.EqualTo(112));
    }

    [Test]
    public void Includes_are_read_where_they_stand_at_any_depth_and_the_first_block_for_a_path_wins()
    {
        var included = new Dictionary<string, IReadOnlyList<(string, string)>>
        {
            ["/etc/logrotate.d"] = [("/etc/logrotate.d/a", "include /etc/logrotate.local\n"), ("/etc/logrotate.d/squid", "/var/log/squid/*.log {\n rotate 13\n}\n")],
            ["/etc/logrotate.local"] = [("/etc/logrotate.local", "/var/log/squid/access.log\n{\n daily\n rotate 2\n}\n")],
        };
        var stanzas = LogrotateParser.Parse("/etc/logrotate.conf", Main + "\ndaily\n", p => included.TryGetValue(p, out var f) ? f : []);

        var block = LogrotateParser.For(stanzas, "/var/log/squid/access.log")!;
        Assert.That((block.File, block.Rotate, block.PeriodDays), Is.EqualTo(("/etc/logrotate.local", 2, 1.0)));
        Assert.That(LogrotateParser.For(stanzas, "/var/log/squid/cache.log")!.RetentionDays, Is.EqualTo(91));
    }

    [TestCase("size 100M\n rotate 52", null)]
    [TestCase("weekly\n maxsize 100M\n rotate 52", null)]
    [TestCase("weekly\n maxsize 100M\n rotate 4", false)]
    [TestCase("size 100M\n rotate 0", false)]
    [TestCase("size 100M\n rotate 52\n maxage 30", false)]
    [TestCase("size 100M\n weekly\n rotate 52", true)]
    [TestCase("weekly\n minsize 1M\n rotate 13", true)]
    public void Size_based_rotation_keeps_no_established_period_unless_shown_short(string directives, bool? keeps)
    {
        var stanzas = LogrotateParser.Parse([("/etc/logrotate.d/x", $"/var/log/x.log {{\n {directives}\n}}\n")]);
        Assert.That(LogrotateParser.For(stanzas, "/var/log/x.log")!.Keeps(90), Is.EqualTo(keeps));
    }

    [Test]
    public void A_block_for_files_not_yet_written_beneath_the_location_still_counts()
    {
        var stanzas = LogrotateParser.Parse([("/etc/logrotate.d/ttyrec", "/var/log/ttyrec/*/*.ttyrec {\n daily\n rotate 7\n}\n/var/log/other.log {\n}\n")]);
        Assert.That(LogrotateParser.Under(stanzas, "/var/log/ttyrec").Select(s => s.Rotate), Is.EqualTo(new[] { 7 }));
    }

    [TestCase("/var/log/squid/[ac]*.log", "/var/log/squid/access.log", true)]
    [TestCase("/var/log/squid/[!a]*.log", "/var/log/squid/access.log", false)]
    [TestCase("/var/log/*/access.log", "/var/log/squid/access.log", true)]
    [TestCase("/var/log/*.log", "/var/log/squid/access.log", false)]
    public void Globs_match_within_one_path_component(string pattern, string path, bool matches) =>
        Assert.That(Glob.Matches(pattern, path), Is.EqualTo(matches));
}
