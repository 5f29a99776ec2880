using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

public class SudoListParserTests
{
    [Test]
    public void Short_listing_joins_lines_sudo_wrapped_inside_a_command()
    {
        var listing = SudoListParser.Parse("infra1", TestData.Read("sudo/short-infra1-wrapped.txt"));

        Assert.That(listing.Rights.Select(r => r.Command), Is.EqualTo(new[]
        {
            "/usr/bin/systemctl restart nginx", "/usr/bin/systemctl status nginx --no-pager", "/usr/bin/journalctl --no-pager -u nginx",
            "/usr/bin/less /var/log/nginx/*", "/usr/bin/tail -n 100 /var/log/syslog",
        }));
        Assert.That(listing.Rights.Take(3).All(r => r.NoPassword), Is.True);
        Assert.That(listing.Rights.Skip(3).Any(r => r.NoPassword), Is.False);
        Assert.That(listing.Rights.All(r => r.RunAs == "root"), Is.True);
    }

    [Test]
    public void Long_listing_gives_the_same_rights_as_the_short_one()
    {
        var shortForm = SudoListParser.Parse("infra1", TestData.Read("sudo/short-infra1-wrapped.txt"));
        var longForm = SudoListParser.Parse("infra1", TestData.Read("sudo/long-infra1.txt"));

        Assert.That(longForm.Rights.Select(r => r.ToString()), Is.EqualTo(shortForm.Rights.Select(r => r.ToString())));
    }

    [TestCase("sudo/short-infra2-all-and-wildcard.txt")]
    [TestCase("sudo/long-infra2-all-and-wildcard.txt")]
    public void ALL_and_a_wildcard_command_with_a_run_as_group_are_parsed(string file)
    {
        var listing = SudoListParser.Parse("infra2", TestData.Read(file));

        Assert.That(listing.Rights, Has.Count.EqualTo(2));
        Assert.That(listing.Rights[0].Command, Is.EqualTo("ALL"));
        Assert.That(listing.Rights[0].AsRoot, Is.True);
        Assert.That(listing.Rights[1].Command, Is.EqualTo("/usr/bin/find /var/www -name *"));
        Assert.That(listing.Rights[1].RunAsUsers, Is.EqualTo(new[] { "www-data" }));
        Assert.That(listing.Rights[1].RunAsGroups, Is.EqualTo(new[] { "adm" }));
        Assert.That(listing.Rights[1].AsRoot, Is.False);
    }

    [Test]
    public void A_user_without_sudo_has_no_rights()
    {
        var listing = SudoListParser.Parse("nobody", TestData.Read("sudo/short-not-allowed.txt"));

        Assert.That(listing.Allowed, Is.False);
    }

    [Test]
    public void Output_that_is_neither_a_list_nor_a_refusal_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => SudoListParser.Parse("infra1", "sudo: unable to resolve host ml01\nsudo: a password is required\n"));
    }
}
