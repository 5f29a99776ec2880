using Compliance.Controls.Endpoint;

namespace Compliance.Controls.Tests.Endpoint;

public sealed class MacInventoryReviewTests
{
    [Test]
    public void Matching_macs_in_any_notation_leave_no_problem()
    {
        var graph = new Dictionary<string, string?> { ["SR-INF-01"] = "025E10000011", ["SR-DAT-01"] = "02-5E-10-00-00-12", ["SR-DEV-01"] = "02:5e:10:00:00:13" };

        Assert.That(MacInventoryReview.Compare(LabTenant.Terminals, graph), Is.Empty);
    }

    [Test]
    public void Managed_terminal_missing_from_the_inventory_is_reported()
    {
        var graph = new Dictionary<string, string?> { ["SR-INF-01"] = "025E10000011", ["SR-DAT-01"] = "025E10000012", ["SR-DEV-01"] = "025E10000013", ["SR-XTR-09"] = "025E10000099" };

        Assert.That(MacInventoryReview.Compare(LabTenant.Terminals, graph), Has.One.Contains("SR-XTR-09 is not in the inventory"));
    }

    [Test]
    public void Inventory_terminal_unknown_to_device_management_is_reported()
    {
        var graph = new Dictionary<string, string?> { ["SR-INF-01"] = "025E10000011", ["SR-DAT-01"] = "025E10000012" };

        Assert.That(MacInventoryReview.Compare(LabTenant.Terminals, graph), Has.One.Contains("SR-DEV-01 (02:5e:10:00:00:13) is not a managed terminal"));
    }

    [Test]
    public void Swapped_macs_are_reported_for_both_terminals()
    {
        var graph = new Dictionary<string, string?> { ["SR-INF-01"] = "025E10000012", ["SR-DAT-01"] = "025E10000011", ["SR-DEV-01"] = "025E10000013" };

        Assert.That(MacInventoryReview.Compare(LabTenant.Terminals, graph), Has.Exactly(2).Contains("device management reports Ethernet MAC"));
    }
}
