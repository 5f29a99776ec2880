using Compliance.Controls.Host;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Host;

public class ConfidentialDataTests
{
    [Test]
    public async Task Ownership_and_mode_pass_when_the_store_is_the_projects_and_closed()
    {
        var result = await new DataWorld().Build().RunAsync(new ConfidentialDataIsOwnedByTheProjectAndClosedToOthers());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
    }

    [Test]
    public async Task Ownership_and_mode_fail_on_a_file_readable_by_others()
    {
        var world = new DataWorld();
        world.Listing += $"f\tproject\tproject\t644\t{DataWorld.Store}/leak.csv\n";

        var result = await world.Build().RunAsync(new ConfidentialDataIsOwnedByTheProjectAndClosedToOthers());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), string.Join("\n", result.Evidence.Select(e => e.Observed)));
        Assert.That(result.Message, Does.Contain("leak.csv has mode 0644"), string.Join("\n", result.Evidence.Select(e => e.Observed)));
    }

    [Test]
    public async Task Ownership_and_mode_fail_on_an_ACL_entry_for_an_infra_account()
    {
        var world = new DataWorld();
        world.Acl += $"\n# file: {DataWorld.Store}/train.csv\nuser::rw-\nuser:infra1:r--\ngroup::r--\nmask::r--\nother::---\n";

        var result = await world.Build().RunAsync(new ConfidentialDataIsOwnedByTheProjectAndClosedToOthers());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("user:infra1:r--"));
    }

    [Test]
    public async Task Ownership_and_mode_fail_when_an_infra_account_joins_the_project_group()
    {
        var world = new DataWorld();
        world.Host.Sudo.Group = world.Host.Sudo.Group.Replace("project:x:5000:dev1,dev2", "project:x:5000:dev1,dev2,infra2", StringComparison.Ordinal);

        var result = await world.Build().RunAsync(new ConfidentialDataIsOwnedByTheProjectAndClosedToOthers());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("infra account infra2 is a member"));
    }

    [Test]
    public async Task Ownership_and_mode_are_not_verified_when_the_store_is_missing()
    {
        var world = new DataWorld { Listing = "" };

        var result = await world.Build().RunAsync(new ConfidentialDataIsOwnedByTheProjectAndClosedToOthers());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
    }

    [Test]
    public async Task Read_attempts_pass_when_the_kernel_refuses_every_infra_account()
    {
        var result = await new DataWorld().Build().RunAsync(new InfraAccountsCannotReadTheConfidentialData());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
    }

    [Test]
    public async Task Read_attempts_fail_when_an_infra_account_reads_the_marker()
    {
        var world = new DataWorld();
        world.Reads["infra2"] = (0, "");

        var result = await world.Build().RunAsync(new InfraAccountsCannotReadTheConfidentialData());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("infra2 read"));
    }

    [Test]
    public async Task Read_attempts_are_not_verified_when_even_the_owner_cannot_read()
    {
        var world = new DataWorld();
        world.Reads["project"] = (1, "head: cannot open: No such file or directory");

        var result = await world.Build().RunAsync(new InfraAccountsCannotReadTheConfidentialData());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
    }

    [Test]
    public async Task Placement_passes_when_only_ml01_holds_the_store()
    {
        var result = await new DataWorld().Build().RunAsync(new ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
    }

    [Test]
    public async Task Placement_fails_on_a_copy_on_another_server()
    {
        var world = new DataWorld();
        world.SearchHits["proxy"] = "/home/dev1/confidential\n";

        var result = await world.Build().RunAsync(new ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("proxy holds /home/dev1/confidential"));
    }

    [Test]
    public async Task Placement_fails_on_an_export_of_a_directory_above_the_store()
    {
        var world = new DataWorld();
        world.Exports["ml01"] = "nfs /etc/exports: /srv 198.18.30.0/24(ro)\n";

        var result = await world.Build().RunAsync(new ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("ml01 exports the data"));
    }

    [Test]
    public async Task Placement_is_not_verified_when_the_search_misses_the_store_itself()
    {
        var world = new DataWorld();
        world.SearchHits["ml01"] = "";

        var result = await world.Build().RunAsync(new ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
    }
}
