using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

public class AccountDatabaseTests
{
    private static readonly AccountDatabase Db = AccountDatabase.Parse(
        "root:x:0:0:root:/root:/bin/bash\ntoor:x:0:0::/root:/bin/sh\ninfra1:x:2001:2001::/home/infra1:/bin/bash\ndev1:x:3001:3001::/home/dev1:/bin/bash\n",
        "root:x:0:\nsudo:x:27:dev1\ninfra1:x:2001:\nproject:x:5000:dev1,infra1\n");

    [Test]
    public void Group_members_include_supplementary_members_and_primary_group_holders()
    {
        Assert.That(Db.MembersOf("project"), Is.EquivalentTo(new[] { "dev1", "infra1" }));
        Assert.That(Db.MembersOf("infra1"), Is.EqualTo(new[] { "infra1" }));
        Assert.That(Db.GroupsOf("infra1"), Is.EquivalentTo(new[] { "infra1", "project" }));
    }

    [Test]
    public void Every_uid_zero_account_is_listed()
    {
        Assert.That(Db.UidZero, Is.EqualTo(new[] { "root", "toor" }));
    }
}
