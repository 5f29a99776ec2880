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
}
