using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using static Compliance.Core.Tests.Resolution.ResolverFixtures;

namespace Compliance.Core.Tests.Outcomes;

public sealed class NotApplicableRuleTests
{
    [Test]
    public void Check_named_by_its_check_id_is_not_applicable_with_the_environment_and_reason()
    {
        var inventory = InventoryDeclaring(new NotApplicableEntry("ProxyServesEveryAllowlistedName", "no proxy here"));

        Assert.That(NotApplicableRule.ReasonFor(inventory, "ProxyServesEveryAllowlistedName", "NET-12"), Is.EqualTo("Not applicable to lab: no proxy here"));
    }

    [Test]
    public void Check_whose_requirement_is_named_is_not_applicable()
    {
        var inventory = InventoryDeclaring(new NotApplicableEntry("PHY-01", "no room in the lab"));

        Assert.That(NotApplicableRule.ReasonFor(inventory, "RoomDoorLocks", "PHY-01"), Is.EqualTo("Not applicable to lab: no room in the lab"));
    }

    [Test]
    public void Check_id_wins_over_requirement_id()
    {
        var inventory = InventoryDeclaring(new NotApplicableEntry("NET-12", "requirement reason"), new NotApplicableEntry("ProxyServesEveryAllowlistedName", "check reason"));

        Assert.That(NotApplicableRule.ReasonFor(inventory, "ProxyServesEveryAllowlistedName", "NET-12"), Is.EqualTo("Not applicable to lab: check reason"));
    }

    [Test]
    public void Check_not_named_applies()
    {
        var inventory = InventoryDeclaring(new NotApplicableEntry("NET-13", "other requirement"), new NotApplicableEntry("OtherCheck", "other check"));

        Assert.That(NotApplicableRule.ReasonFor(inventory, "ProxyServesEveryAllowlistedName", "NET-12"), Is.Null);
    }

    [Test]
    public void List_overload_follows_the_same_rule()
    {
        NotApplicableEntry[] declared = [new("NET-12", "requirement reason"), new("ProxyServesEveryAllowlistedName", "check reason")];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(NotApplicableRule.ReasonFor(declared, "prod", "ProxyServesEveryAllowlistedName", "NET-12"), Is.EqualTo("Not applicable to prod: check reason"));
            Assert.That(NotApplicableRule.ReasonFor(declared, "prod", "OtherCheck", "NET-12"), Is.EqualTo("Not applicable to prod: requirement reason"));
        }
    }

    [Test]
    public void Requirement_is_not_applicable_only_when_named_by_its_own_id()
    {
        var inventory = InventoryDeclaring(new NotApplicableEntry("PHY-01", "no room in the lab"), new NotApplicableEntry("RoomDoorLocks", "no door"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(NotApplicableRule.ReasonForRequirement(inventory, "PHY-01"), Is.EqualTo("Not applicable to lab: no room in the lab"));
            Assert.That(NotApplicableRule.ReasonForRequirement(inventory, "PHY-02"), Is.Null);
        }
    }
}
