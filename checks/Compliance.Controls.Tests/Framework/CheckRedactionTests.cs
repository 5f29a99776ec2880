using Compliance.Controls.Framework;
using Compliance.Controls.Tests.Fakes;
using Compliance.Core.Outcomes;

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
