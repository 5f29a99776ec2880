using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Tests.Support;

namespace Compliance.Core.Tests.Inputs;

public class WaiverLoaderTests
{
    private const string Good = """
        waivers:
          - target: NET-07
            justification: Vendor update window
            approver: CISO
            ticket: SEC-42
            expires: 2027-01-31
          - target: SecureZoneReachesNoInternetTcpPort
            justification: Firewall replacement
            approver: Head of infrastructure
            expires: 2026-12-15
        """;

    private static string Fails(string text) =>
        InputRefusal.Message("waivers.yaml", text, (path, _) => WaiverLoader.Load(path));

    [Test]
    public void A_valid_file_loads_every_waiver()
    {
        using var folder = new TempFolder();
        var waivers = WaiverLoader.Load(folder.Write("waivers.yaml", Good));
        Assert.That(waivers, Is.EqualTo(new[]
        {
            new Waiver("NET-07", "Vendor update window", "CISO", "SEC-42", new DateOnly(2027, 1, 31)),
            new Waiver("SecureZoneReachesNoInternetTcpPort", "Firewall replacement", "Head of infrastructure", string.Empty, new DateOnly(2026, 12, 15)),
        }));
    }

    [Test]
    public void A_missing_file_means_no_waivers() =>
        Assert.That(WaiverLoader.Load("/nonexistent/waivers.yaml"), Is.Empty);

    [Test]
    public void A_waiver_without_justification_is_rejected() =>
        Assert.That(Fails("waivers:\n  - target: NET-07\n    approver: CISO\n    expires: 2027-01-31\n"),
            Is.EqualTo("waivers.yaml:2:5: waivers[0].justification: missing required field"));

    [Test]
    public void A_waiver_with_an_empty_approver_is_rejected() =>
        Assert.That(Fails("waivers:\n  - target: NET-07\n    justification: x\n    approver: \"\"\n    expires: 2027-01-31\n"),
            Is.EqualTo("waivers.yaml:4:15: waivers[0].approver: must not be empty"));

    [Test]
    public void A_waiver_without_expiry_is_rejected() =>
        Assert.That(Fails("waivers:\n  - target: NET-07\n    justification: x\n    approver: CISO\n"),
            Is.EqualTo("waivers.yaml:2:5: waivers[0].expires: missing required field"));

    [Test]
    public void A_waiver_with_a_bad_expiry_date_is_rejected() =>
        Assert.That(Fails("waivers:\n  - target: NET-07\n    justification: x\n    approver: CISO\n    expires: next year\n"),
            Is.EqualTo("waivers.yaml:5:14: waivers[0].expires: 'next year' is not a date (YYYY-MM-DD)"));

    [Test]
    public void A_waiver_with_an_unknown_field_is_rejected() =>
        Assert.That(Fails("waivers:\n  - target: NET-07\n    justification: x\n    approver: CISO\n    expires: 2027-01-31\n    scope: all\n"),
            Is.EqualTo("waivers.yaml:6:5: waivers[0].scope: unknown field"));

    [Test]
    public void A_waiver_of_an_unknown_requirement_or_check_is_rejected()
    {
        using var folder = new TempFolder();
        var path = folder.Write("waivers.yaml", Good.Replace("target: NET-07", "target: NET-99", StringComparison.Ordinal));
        var catalog = new PolicyCatalog([TestPolicies.Automated("NET-07")]);
        var ex = Assert.Throws<InputException>(() => WaiverLoader.Load(path, catalog, ["SecureZoneReachesNoInternetTcpPort"]));
        Assert.That(ex!.Message, Is.EqualTo($"{path}:2:13: waivers[0].target: 'NET-99' is neither a requirement of the catalog nor a known check"));
    }

    [Test]
    public void Waivers_of_known_requirements_and_checks_pass_validation()
    {
        using var folder = new TempFolder();
        var path = folder.Write("waivers.yaml", Good);
        var catalog = new PolicyCatalog([TestPolicies.Automated("NET-07")]);
        Assert.That(WaiverLoader.Load(path, catalog, ["SecureZoneReachesNoInternetTcpPort"]), Has.Count.EqualTo(2));
    }
}
