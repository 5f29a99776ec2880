using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using static Compliance.Core.Tests.Resolution.ResolverFixtures;

namespace Compliance.Core.Tests.Resolution;

public sealed class OutcomeResolverTests
{
    private static readonly Waiver ValidWaiver = new("NET-07", "vendor fix pending", "CISO", "CHG-1", Today);
    private static readonly Waiver ExpiredWaiver = new("NET-07", "vendor fix pending", "CISO", "CHG-0", Today.AddDays(-1));

    private static OutcomeResolver Resolver(Waiver[]? waivers = null, Attestation[]? attestations = null, NotApplicableEntry[]? na = null) =>
        new(waivers ?? [], attestations ?? [], InventoryDeclaring(na ?? []), Today);

    [Test]
    public void All_checks_passing_is_Passed()
    {
        var r = Resolver().Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Passed), Result("B", "NET-07", Outcome.Passed)]).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.Passed, "2 of 2 checks passed: A, B")));
    }

    [Test]
    public void One_failed_check_fails_the_requirement_even_when_others_pass_or_are_not_verified()
    {
        var r = Resolver().Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Passed), Result("B", "NET-07", Outcome.NotVerified), Result("C", "NET-07", Outcome.Failed)]).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.Failed, "1 of 3 checks failed: C")));
    }

    [Test]
    public void Not_verified_outranks_passed()
    {
        var r = Resolver().Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Passed), Result("B", "NET-07", Outcome.NotVerified, "timed out")]).Single();

        Assert.That(r.Outcome, Is.EqualTo(Outcome.NotVerified));
    }

    [Test]
    public void Failed_check_covered_by_an_unexpired_waiver_on_the_requirement_is_Waived()
    {
        var r = Resolver([ValidWaiver]).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Failed, "port 25 open")]).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.Outcome, Is.EqualTo(Outcome.Waived));
            Assert.That(r.Message, Is.EqualTo("waived by CHG-1 (approved by CISO, until 2026-12-01): port 25 open"));
            Assert.That(r.Checks.Single().Waiver, Is.EqualTo(ValidWaiver));
        }
    }

    [Test]
    public void Waiver_naming_the_check_id_applies_to_that_check_only()
    {
        var waiver = ValidWaiver with { Target = "A" };
        var r = Resolver([waiver]).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Failed), Result("B", "NET-07", Outcome.Failed)]).Single();

        Assert.That(r.Checks.Select(c => c.Outcome), Is.EqualTo(new[] { Outcome.Waived, Outcome.Failed }));
        Assert.That(r.Outcome, Is.EqualTo(Outcome.Failed));
    }

    [Test]
    public void Expired_waiver_leaves_the_failure_and_says_when_it_expired()
    {
        var r = Resolver([ExpiredWaiver]).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Failed, "port 25 open")]).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.Failed, "waiver CHG-0 expired on 2026-11-30: port 25 open")));
    }

    [Test]
    public void Waiver_never_turns_not_verified_green()
    {
        var r = Resolver([ValidWaiver]).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.NotVerified, "vantage down")]).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.NotVerified, "vantage down")));
    }

    [Test]
    public void Manual_policy_with_a_valid_attestation_is_Attested()
    {
        var attestation = new Attestation("PHY-01", "J. Doe", Today.AddDays(-10), Today.AddDays(30), "room inspected", "evidence/phy01.pdf", "ab12");
        var r = Resolver(attestations: [attestation]).Resolve([Policy("PHY-01", PolicyKind.Manual)], []).Single();

        Assert.That((r.Outcome, r.Message, r.Attestation), Is.EqualTo((Outcome.Attested, "attested by J. Doe on 2026-11-21, valid until 2026-12-31", attestation)));
    }

    [Test]
    public void Manual_policy_without_attestation_is_Failed()
    {
        var r = Resolver().Resolve([Policy("PHY-01", PolicyKind.Manual)], []).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.Failed, "no attestation on file")));
    }

    [Test]
    public void Manual_policy_with_an_expired_attestation_is_Failed_with_the_date()
    {
        var attestation = new Attestation("PHY-01", "J. Doe", Today.AddYears(-1), Today.AddDays(-1), "room inspected", "evidence/phy01.pdf", "ab12");
        var r = Resolver(attestations: [attestation]).Resolve([Policy("PHY-01", PolicyKind.Manual)], []).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.Failed, "attestation by J. Doe expired on 2026-11-30")));
    }

    [Test]
    public void Planned_policy_is_Planned()
    {
        var r = Resolver().Resolve([Policy("NET-09", status: PolicyStatus.Planned)], []).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.Planned, "planned")));
    }

    [Test]
    public void Selected_automated_policy_without_any_check_result_is_Not_verified()
    {
        var r = Resolver().Resolve([Policy("NET-07")], [Result("A", "NET-08", Outcome.Passed)]).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.NotVerified, "no check ran")));
    }

    [Test]
    public void Requirement_declared_not_applicable_is_Not_applicable_with_the_reason()
    {
        var r = Resolver(na: [new NotApplicableEntry("PHY-01", "no room in the lab")]).Resolve([Policy("PHY-01", PolicyKind.Manual)], []).Single();

        Assert.That((r.Outcome, r.Message), Is.EqualTo((Outcome.NotApplicable, "Not applicable to lab: no room in the lab")));
    }

    [Test]
    public void Not_applicable_checks_alongside_passing_ones_roll_up_to_Passed()
    {
        var r = Resolver().Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.NotApplicable), Result("B", "NET-07", Outcome.Passed)]).Single();

        Assert.That(r.Outcome, Is.EqualTo(Outcome.Passed));
    }

    [Test]
    public void Only_selected_policies_are_listed_in_the_given_order()
    {
        var results = Resolver().Resolve([Policy("NET-08"), Policy("NET-07")], [Result("A", "NET-07", Outcome.Passed), Result("B", "NET-08", Outcome.Passed)]);

        Assert.That(results.Select(r => r.Policy.Id), Is.EqualTo(new[] { "NET-08", "NET-07" }));
    }
}
