using Compliance.Controls.Framework;
using Compliance.Controls.Tests.Fakes;
using Compliance.Core.Outcomes;
using Compliance.Core.Redaction;

namespace Compliance.Controls.Tests.Framework;

/// <summary>Whatever a probe sees, a check result carries no secret: not in its message, evidence or error text.</summary>
public sealed class CheckRedactionTests
{
    private const string Secret = "hunter2-Evidence-91c";

    [Test]
    public async Task Secrets_seen_by_a_probe_never_reach_the_evidence_or_the_message()
    {
        var result = await new FakeEnvironment().RunAsync(new LeakingCheck(fail: false));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed));
        Assert.That(result.Message, Does.Not.Contain(Secret));
        Assert.That(result.Evidence.SelectMany(e => new[] { e.Observed, e.RawExcerpt }), Has.None.Contains(Secret).And.Some.Contains("[REDACTED]"));
    }

    [Test]
    public async Task Secrets_in_a_probe_error_never_reach_the_message()
    {
        var result = await new FakeEnvironment().RunAsync(new LeakingCheck(fail: true));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Not.Contain(Secret).And.Contain("[REDACTED]"));
    }

    [Test]
    public async Task A_secret_the_run_loaded_is_redacted_mid_sentence_without_any_keyword()
    {
        const string Radius = "s3cr3t-radius-Xy";
        var fake = new FakeEnvironment();
        var context = new CheckContext(fake.Context().Inventory, fake, TimeProvider.System, redactor: new Redactor([Radius]));

        var result = await new EchoingCheck($"the server echoed {Radius} back", $"saw {Radius} twice: {Radius}").RunAsync(context);

        Assert.That(result.Message, Is.EqualTo("the server echoed [REDACTED] back"));
        Assert.That(result.Evidence.Single().Observed, Is.EqualTo("saw [REDACTED] twice: [REDACTED]"));
    }

    [Test]
    public async Task A_secret_a_check_registers_while_running_is_redacted_from_its_later_evidence_and_message()
    {
        const string Loaded = "Kx9-loaded-at-run-time";
        var result = await new FakeEnvironment().RunAsync(new EchoingCheck($"compared with {Loaded}", $"file held {Loaded}", register: Loaded));

        Assert.That(result.Message, Is.EqualTo("compared with [REDACTED]"));
        Assert.That(result.Evidence.Single().Observed, Is.EqualTo("file held [REDACTED]"));
    }

    [Test]
    public async Task The_inventory_secrets_are_known_to_the_default_redactor_of_a_context()
    {
        const string Radius = "s3cr3t-radius-Xy";
        var fake = new FakeEnvironment();
        var context = new CheckContext(fake.Context().Inventory with { Secrets = [Radius] }, fake, TimeProvider.System);

        var result = await new EchoingCheck($"the answer carried {Radius}", "nothing secret").RunAsync(context);

        Assert.That(result.Message, Is.EqualTo("the answer carried [REDACTED]"));
    }

    [Test]
    public async Task Jupyter_token_check_failure_and_evidence_read_as_written()
    {
        const string Message = "served without a token: GET /9000/api/contents -> 200";
        var result = await new FakeEnvironment().RunAsync(new EchoingCheck(Message, "200", probe: "GET without a token", expected: "401/403 or redirect to login"));

        Assert.That(result.Message, Is.EqualTo(Message));
        var item = result.Evidence.Single();
        Assert.That($"{item.Probe}: {item.Expected}", Is.EqualTo("GET without a token: 401/403 or redirect to login"));
        Assert.That(item.Observed, Is.EqualTo("200"));
    }

    private sealed class EchoingCheck(string message, string observed, string? register = null, string probe = "read", string expected = "nothing") : Check
    {
        public override string ControlId => "TST-02";

        public override string Title => "A check whose texts are given";

        protected override Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
        {
            context.Redactor.Add(register);
            evidence.Record("host", "target", probe, expected, observed);
            return Task.FromResult(Verdict.Fail(message));
        }
    }

    private sealed class LeakingCheck(bool fail) : Check
    {
        public override string ControlId => "TST-01";

        public override string Title => "A check whose probe output carries secrets";

        protected override Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
        {
            if (fail)
            {
                throw new InvalidOperationException($"connection string rejected: Password={Secret}");
            }

            evidence.Record("host", "db", "read config", "no secret", $"password: {Secret}",
                $"-----BEGIN RSA PRIVATE KEY-----\n{Secret}\n-----END RSA PRIVATE KEY-----\nAuthorization: Bearer {Secret}");
            return Task.FromResult(Verdict.Pass($"configuration read (client_secret={Secret})"));
        }
    }
}
