using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using static Compliance.Core.Tests.Resolution.ResolverFixtures;

namespace Compliance.Core.Tests.Resolution;

public sealed class NotApplicableResolutionTests
{
    private static OutcomeResolver Resolver(params NotApplicableEntry[] declared) => new([], [], InventoryDeclaring(declared), Today);

    [Test]
    public void Check_declared_not_applicable_by_its_id_is_Not_applicable_whatever_it_reported()
    {
        var r = Resolver(new NotApplicableEntry("A", "no such host")).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Failed), Result("B", "NET-07", Outcome.Passed)]).Single();

        Assert.That(r.Checks.Select(c => (c.Outcome, c.Message)), Is.EqualTo(new[]
        {
            (Outcome.NotApplicable, "Not applicable to lab: no such host"),
            (Outcome.Passed, "observed"),
        }));
        Assert.That(r.Outcome, Is.EqualTo(Outcome.Passed));
    }

    [Test]
    public void Requirement_whose_checks_are_all_not_applicable_is_Not_applicable()
    {
        var r = Resolver(new NotApplicableEntry("A", "no such host")).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.NotVerified)]).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.NotApplicable, "Not applicable to lab: no such host")));
    }

    [Test]
    public void Requirement_declared_not_applicable_marks_its_checks_not_applicable_too()
    {
        var r = Resolver(new NotApplicableEntry("NET-07", "no Secure Zone")).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Failed)]).Single();

        Assert.That((r.Outcome, r.Checks.Single().Outcome), Is.EqualTo((Outcome.NotApplicable, Outcome.NotApplicable)));
    }
}
