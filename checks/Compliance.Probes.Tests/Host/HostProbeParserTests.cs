using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

public sealed class HostProbeParserTests
{
    [TestCase("root::19000:0:99999:7:::", PasswordState.Empty)]
    [TestCase("root:!:19000:0:99999:7:::", PasswordState.Locked)]
    [TestCase("root:*:19000:0:99999:7:::", PasswordState.Locked)]
    [TestCase("root:$y$j9T$abc$def:19000:0:99999:7:::", PasswordState.Set)]
    [TestCase("", PasswordState.Unknown)]
    public void Shadow_password_field_is_classified(string line, PasswordState expected) =>
        Assert.That(PasswordStateProbe.Classify(line), Is.EqualTo(expected));

    [Test]
    public void Readable_files_are_one_a_line_and_errors_kept()
    {
        var files = ReadableFilesProbe.Parse("infra1", "/srv/data", "/srv/data/a.csv\n\n/srv/data/b.csv\n", "find: '/srv/data/x': Permission denied");
        Assert.That((files.Files, files.Errors), Is.EqualTo((new[] { "/srv/data/a.csv", "/srv/data/b.csv" }, "find: '/srv/data/x': Permission denied")));
    }

    [Test]
    public void File_times_are_unix_seconds_and_a_path_with_spaces()
    {
        var files = FileTimesProbe.Parse("1700000000.5000000000 /var/log/squid/access log.1\nnot-a-time /x\n");
        var now = DateTimeOffset.FromUnixTimeSeconds(1700086400);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(files.Select(f => f.Path), Is.EqualTo(new[] { "/var/log/squid/access log.1" }));
            Assert.That(files[0].Age(now).TotalDays, Is.EqualTo(1.0).Within(0.001));
        }
    }

    [Test]
    public void Cleaners_that_delete_or_age_out_are_classified_and_a_plain_directory_rule_is_none()
    {
        const string output = """
            /etc/cron.daily/prune:3:find /var/log/squid -mtime +7 -delete
            /etc/tmpfiles.d/squid.conf:1:d /var/log/squid 0750 proxy proxy 30d
            /etc/tmpfiles.d/rec.conf:1:e /var/log/squid - - - 2w
            /etc/tmpfiles.d/keep.conf:1:d /var/log/squid 0750 proxy proxy -
            -- cleaners searched --
            """;
        var rules = ScheduledCleanersProbe.Parse(output, "/var/log/squid");
        Assert.That(rules.Select(r => (r.Deletes, r.TmpfilesAgeDays)), Is.EqualTo(new (bool, int?)[] { (true, null), (false, 30), (false, 14) }));
    }

    [Test]
    public void A_cleaner_aging_in_hours_counts_as_zero_days() =>
        Assert.That(ScheduledCleanersProbe.Parse("/usr/lib/tmpfiles.d/x.conf:2:D /srv/rec 0700 root root 12h\n", "/srv/rec")[0].TmpfilesAgeDays, Is.EqualTo(0));

    [TestCase("1001\n", 1001)]
    [TestCase("", null)]
    [TestCase("id: 'nobody1': no such user", null)]
    public void User_id_is_a_number_or_nothing(string output, int? expected) =>
        Assert.That(UserIdProbe.Parse(output), Is.EqualTo(expected));

    [Test]
    public void Acl_named_grants_skip_empty_permissions_and_owner_entries()
    {
        var listing = new AclListing(
        [
            new AclEntry("/srv/d", "user", "", "rwx", false),
            new AclEntry("/srv/d", "user", "infra1", "r--", false),
            new AclEntry("/srv/d", "group", "ops", "---", true),
        ], "raw");
        Assert.That(listing.NamedGrants.Select(a => a.Qualifier), Is.EqualTo(new[] { "infra1" }));
    }
}
