using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using static Compliance.Core.Tests.Resolution.ResolverFixtures;

namespace Compliance.Core.Tests.Resolution;

public sealed class ExpiryDecisionTests
{
    private static OutcomeResolver Resolver(DateOnly today, Waiver[]? waivers = null, Attestation[]? attestations = null) =>
        new(waivers ?? [], attestations ?? [], InventoryDeclaring(), today);

    private static Waiver WaiverUntil(DateOnly expires) => new("NET-07", "vendor fix pending", "CISO", "CHG-1", expires);

    private static Attestation AttestationUntil(DateOnly expires) =>
        new("PHY-01", "J. Doe", expires.AddYears(-1), expires, "room inspected", "evidence/phy01.pdf", "ab12");

    [Test]
    public void Waiver_expiring_on_the_run_day_is_valid_and_carried_as_not_expired()
    {
        var check = Resolver(Today, [WaiverUntil(Today)]).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Failed)]).Single().Checks.Single();

        Assert.That((check.Outcome, check.WaiverExpired), Is.EqualTo((Outcome.Waived, false)));
    }

    [Test]
    public void Waiver_expiring_the_day_before_the_run_day_is_carried_as_expired()
    {
        var check = Resolver(Today.AddDays(1), [WaiverUntil(Today)]).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Failed)]).Single().Checks.Single();

        Assert.That((check.Outcome, check.WaiverExpired, check.Waiver?.Ticket), Is.EqualTo((Outcome.Failed, true, "CHG-1")));
    }

    [Test]
    public void Check_without_a_waiver_is_not_marked_expired()
    {
        var check = Resolver(Today).Resolve([Policy("NET-07")], [Result("A", "NET-07", Outcome.Failed)]).Single().Checks.Single();

        Assert.That((check.Waiver, check.WaiverExpired), Is.EqualTo(((Waiver?)null, false)));
    }

    [Test]
    public void Attestation_expiring_on_the_run_day_is_valid_and_carried_as_not_expired()
    {
        var r = Resolver(Today, attestations: [AttestationUntil(Today)]).Resolve([Policy("PHY-01", PolicyKind.Manual)], []).Single();

        Assert.That((r.Outcome, r.AttestationExpired), Is.EqualTo((Outcome.Attested, false)));
    }

    [Test]
    public void Attestation_expiring_the_day_before_the_run_day_is_carried_as_expired()
    {
        var r = Resolver(Today.AddDays(1), attestations: [AttestationUntil(Today)]).Resolve([Policy("PHY-01", PolicyKind.Manual)], []).Single();

        Assert.That((r.Outcome, r.AttestationExpired), Is.EqualTo((Outcome.Failed, true)));
    }
}
