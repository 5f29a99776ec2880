using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

public class GetfaclParserTests
{
    [Test]
    public void Named_user_and_group_entries_are_found_per_file()
    {
        var entries = GetfaclParser.Parse(TestData.Read("acl/getfacl-named-entries.txt"));
        var named = entries.Where(e => e.Named).Select(e => $"{e.Path} {e.Tag}:{e.Qualifier}:{e.Permissions}");

        Assert.That(named, Is.EqualTo(new[] { "acl group:adm:r-x", "acl/f user:nobody:r--" }));
    }

    [Test]
    public void The_mask_limits_a_named_entry_to_its_effective_rights_and_default_entries_are_marked()
    {
        var entries = GetfaclParser.Parse(TestData.Read("acl/getfacl-mask-and-default.txt"));

        var adm = entries.Single(e => e.Qualifier == "adm");
        Assert.That(adm.Permissions, Is.EqualTo("r--"));
        var inherited = entries.Single(e => e.Qualifier == "nobody");
        Assert.That(inherited.Default, Is.True);
        Assert.That(inherited.CanRead, Is.True);
    }
}
