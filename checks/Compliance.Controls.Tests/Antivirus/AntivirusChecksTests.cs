using Compliance.Controls.Antivirus;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Antivirus;

public class AntivirusChecksTests
{
    [Test]
    public async Task Daemon_check_passes_on_every_server_and_skips_terminals()
    {
        var env = new AvWorld().Build();

        var result = await env.RunAsync(new AntivirusDaemonRunsOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
        Assert.That(result.Evidence.Select(e => e.Target), Is.EquivalentTo(AvWorld.Servers));
    }

    [Test]
    public async Task Daemon_check_fails_naming_the_server_whose_daemon_is_missing()
    {
        var world = new AvWorld();
        world.Daemon["proxy"] = "clamd pids:\nERROR: Could not connect to clamd on LocalSocket /run/clamav/clamd.ctl\nping exit: 2\n";

        var result = await world.Build().RunAsync(new AntivirusDaemonRunsOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.StartWith("proxy:"));
    }

    [Test]
    public async Task Daemon_check_is_not_verified_when_a_server_cannot_be_reached()
    {
        var world = new AvWorld();
        var env = world.Build();
        env["gateway"].On(_ => true, _ => throw new Core.Transport.TransportException("host key mismatch for gateway"));

        var result = await env.RunAsync(new AntivirusDaemonRunsOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Contain("host key mismatch"));
    }

    [Test]
    public async Task Definitions_check_passes_when_fresh_and_fails_when_older_than_the_limit()
    {
        var fresh = await new AvWorld().Build().RunAsync(new AntivirusDefinitionsAreFreshOnEveryServer());
        var world = new AvWorld();
        world.DefinitionsAge["ml01"] = TimeSpan.FromDays(5);
        var stale = await world.Build().RunAsync(new AntivirusDefinitionsAreFreshOnEveryServer());

        Assert.That(fresh.Outcome, Is.EqualTo(Outcome.Passed), fresh.Message);
        Assert.That(stale.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(stale.Message, Does.Contain("ml01: /var/lib/clamav/daily.cld is 120 h old (limit 48 h)"));
    }

    [Test]
    public async Task A_fresh_daily_database_does_not_hide_an_old_main_database()
    {
        var world = new AvWorld();
        world.Main["proxy"] = (TimeSpan.FromDays(400), 58);
        world.Main["gateway"] = (TimeSpan.FromDays(400), 62);

        var result = await world.Build().RunAsync(new AntivirusDefinitionsAreFreshOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("proxy: /var/lib/clamav/main.cvd is version 58, below 62").And.Contain("gateway: /var/lib/clamav/main.cvd is 9600 h old (limit 8760 h)").And.Not.Contain("ml01"));
    }

    [Test]
    public async Task A_missing_required_database_fails()
    {
        var world = new AvWorld();
        world.Main["ml01"] = null;

        var result = await world.Build().RunAsync(new AntivirusDefinitionsAreFreshOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("ml01: database main is missing"));
    }

    [Test]
    public async Task Eicar_check_passes_when_detected_and_removes_the_file()
    {
        var env = new AvWorld().Build();

        var result = await env.RunAsync(new AntivirusDetectsTheEicarTestFileOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
        Assert.That(env["ml01"].Log.Any(r => r.Arguments.Contains("rm")), Is.True);
        Assert.That(env["ml01"].Log.Single(r => r.StandardInput is not null).StandardInput, Has.Length.EqualTo(68));
    }

    [Test]
    public async Task Eicar_check_fails_when_a_server_does_not_detect_the_file()
    {
        var world = new AvWorld();
        world.Scan["gateway"] = (0, "OK");

        var result = await world.Build().RunAsync(new AntivirusDetectsTheEicarTestFileOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("gateway: the EICAR test file was not detected"));
    }

    [Test]
    public async Task Eicar_check_removes_the_file_even_when_the_scanner_fails()
    {
        var world = new AvWorld();
        world.Scan["proxy"] = (2, "");
        var env = world.Build();

        var result = await env.RunAsync(new AntivirusDetectsTheEicarTestFileOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(env["proxy"].Log.Any(r => r.Arguments.Contains("rm")), Is.True);
    }
}
