using Compliance.Controls.Framework;
using Compliance.Core.Outcomes;
using Compliance.Core.Transport;

namespace Compliance.Controls.Tests.Framework;

/// <summary>The two rules every check gets from <see cref="Findings"/>: zero items probed is not compliance; a violation seen beats a probe that failed.</summary>
public sealed class FindingsTests
{
    [Test]
    public void A_check_that_probed_no_item_is_not_verified_and_says_what_was_missing()
    {
        var verdict = new Findings("server").Verdict("all servers comply");

        Assert.That(verdict.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(verdict.Message, Does.StartWith("no server was probed"));
    }

    [Test]
    public async Task Each_over_an_empty_list_is_not_verified()
    {
        var findings = new Findings("account");
        await findings.EachAsync(Array.Empty<string>(), a => a, _ => Task.CompletedTask, CancellationToken.None);

        Assert.That(findings.Verdict("pass").Outcome, Is.EqualTo(Outcome.NotVerified));
    }

    [Test]
    public async Task Items_probed_to_the_end_without_violation_pass()
    {
        var findings = new Findings("account");
        await findings.EachAsync(["a", "b"], a => a, _ => Task.CompletedTask, CancellationToken.None);

        Assert.That(findings.Verdict("pass"), Is.EqualTo(Verdict.Pass("pass")));
        Assert.That(findings.ProbedCount, Is.EqualTo(2));
    }

    [Test]
    public async Task A_violation_seen_beats_a_probe_that_threw_and_the_message_lists_both()
    {
        var findings = await Findings.OfEachAsync(["ml01", "ml02", "ml03"], async host =>
        {
            await Task.Yield();
            return host switch
            {
                "ml01" => throw new TransportException("connection refused"),
                "ml02" => "ml02 offers password authentication",
                _ => null,
            };
        }, h => h, "server");

        var verdict = findings.Verdict("pass");

        Assert.That(verdict.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(verdict.Message, Is.EqualTo("ml02 offers password authentication; could not verify: ml01: Transport failed: connection refused"));
    }

    [Test]
    public async Task A_probe_that_threw_without_any_violation_is_not_verified()
    {
        var findings = new Findings("vantage");
        await findings.EachAsync(["a", "b"], v => v, v => v == "a" ? throw new PrerequisiteFailedException("the sink is down") : Task.CompletedTask, CancellationToken.None);

        Assert.That(findings.Verdict("pass"), Is.EqualTo(Verdict.NotVerified("a: Positive control failed: the sink is down")));
    }

    [Test]
    public async Task Cancellation_of_the_run_is_thrown_not_recorded()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var findings = new Findings();

        await Assert.ThatAsync(() => findings.EachAsync(["a"], v => v, _ => Task.FromCanceled(cancelled.Token), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Per_host_over_no_host_is_not_verified()
    {
        var findings = new Findings("server");
        var context = new Fakes.FakeEnvironment().Context();
        await PerHost.RunAsync(context, [], findings, _ => Task.CompletedTask, CancellationToken.None);

        Assert.That(findings.Verdict("pass").Outcome, Is.EqualTo(Outcome.NotVerified));
    }
}
