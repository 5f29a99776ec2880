using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

/// <summary>Which scheduled lines reach the proxy's log directory /var/log/squid and remove or truncate its files.</summary>
public sealed class ScheduledCleanersTests
{
    private static readonly string[] Files = ["/var/log/squid/access.log", "/var/log/squid/cache.log"];

    private static IReadOnlyList<CleanerRule> Rules(string line) => ScheduledCleanersProbe.Parse(line + "\n-- cleaners searched --\n", "/var/log/squid", Files);

    [TestCase("/etc/cron.d/logs:2:0 3 * * * root find /var/log -name '*.log' -mtime +7 -delete")]
    [TestCase("/etc/cron.d/logs:2:0 3 * * * root find / -name '*.log' -mtime +30 -exec rm -f {} +")]
    [TestCase("/etc/cron.d/logs:2:0 3 * * * root rm -f /var/log/squid/*")]
    [TestCase("/etc/cron.d/logs:2:0 3 * * * root rm -f /var/log/sq*/access.log")]
    [TestCase("/etc/cron.d/logs:2:0 3 * * * root for f in /var/log/squid/*.log; do truncate -s0 \"$f\"; done")]
    [TestCase("/etc/cron.daily/squash:4:: > /var/log/squid/access.log")]
    [TestCase("/etc/cron.daily/squash:4:cat /dev/null > /var/log/squid/access.log")]
    [TestCase("/usr/local/sbin/prune-logs:7:find \"/var/log/squid\" -type f -delete")]
    [TestCase("/etc/systemd/system/prune.service:5:ExecStart=/bin/sh -c 'rm -rf /var/log/squid/old'")]
    [TestCase("/etc/tmpfiles.d/logs.conf:1:R /var/log/squid/*.log")]
    [TestCase("/etc/tmpfiles.d/logs.conf:1:D /var/log/squid 0750 proxy proxy -")]
    [TestCase("/etc/tmpfiles.d/logs.conf:1:F /var/log/squid/access.log 0640 proxy proxy -")]
    public void A_rule_naming_the_location_a_parent_or_a_glob_that_deletes_or_truncates_is_caught(string line)
    {
        var rules = Rules(line);
        Assert.That(rules.Select(r => r.Deletes), Is.EqualTo(new[] { true }), line);
    }

    [TestCase("/etc/tmpfiles.d/logs.conf:1:e /var/log 0755 - - 7d", 7)]
    [TestCase("/etc/tmpfiles.d/logs.conf:1:q /var/log/* - - - 2w", 14)]
    public void An_age_rule_on_a_parent_or_glob_gives_its_age(string line, int days) =>
        Assert.That(Rules(line).Single().TmpfilesAgeDays, Is.EqualTo(days));

    [TestCase("/etc/cron.daily/logrotate:9:/usr/sbin/logrotate /etc/logrotate.conf")]
    [TestCase("/etc/cron.d/backup:2:0 4 * * * root tar czf /srv/backup/squid.tgz /var/log/squid >/dev/null 2>&1")]
    [TestCase("/etc/cron.d/other:2:0 3 * * * root find /var/log/apache2 -mtime +7 -delete")]
    [TestCase("/etc/cron.d/other:2:# 0 3 * * * root rm -rf /var/log/squid")]
    [TestCase("/usr/lib/tmpfiles.d/var.conf:4:d /var/log 0755 - - -")]
    [TestCase("/etc/cron.d/append:2:* * * * * root echo tick >> /var/log/squid/ticks.log")]
    public void A_rule_that_keeps_the_logs_or_names_another_place_is_not_a_cleaner(string line) =>
        Assert.That(Rules(line), Is.Empty, line);
}
