using Compliance.Controls.Framework;
using Compliance.Core.Transport;

namespace Compliance.Runner.Tests.Support;

/// <summary>Checks that ask a host for a word and pass when it answers "compliant", one per requirement of the test catalog.</summary>
internal static class FakeChecks
{
    public static IReadOnlyList<Check> All { get; } =
    [
        new PassingCheck(), new FailingCheck(), new UnreachableCheck(), new WaivedCheck(), new ExpiredWaiverCheck(), new NotApplicableCheck(),
        new PlannedCheck(),
    ];

    internal abstract class AskCheck(string controlId, string host) : Check
    {
        public override string ControlId => controlId;

        public override string Title => $"{host} says compliant";

        protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
        {
            var transport = await context.Transports.ForHostAsync(host, cancellationToken);
            var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(5), "state"), cancellationToken);
            evidence.Record(transport.Describe, host, "state", "compliant", result.StandardOutput, result.StandardOutput);
            return result.StandardOutput == "compliant" ? Verdict.Pass("host says compliant") : Verdict.Fail($"host says {result.StandardOutput}");
        }
    }

    internal sealed class PassingCheck() : AskCheck("NET-01", "good");

    internal sealed class FailingCheck() : AskCheck("NET-02", "bad");

    internal sealed class UnreachableCheck() : AskCheck("NET-03", "down");

    internal sealed class WaivedCheck() : AskCheck("NET-04", "bad");

    internal sealed class ExpiredWaiverCheck() : AskCheck("NET-05", "bad");

    internal sealed class NotApplicableCheck() : AskCheck("NET-06", "bad");

    internal sealed class PlannedCheck() : AskCheck("NET-07", "good");

    /// <summary>A check whose code throws: the run reports it Not verified with the error, never a crash of the run.</summary>
    internal sealed class CrashingCheck : Check
    {
        public override string ControlId => "NET-08";

        public override string Title => "crashes";

        protected override Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the check's own code failed");
    }

    /// <summary>A check that never finishes and ignores its token; its deadline is <paramref name="seconds"/>.</summary>
    internal sealed class HangingCheck(string controlId, double seconds) : Check
    {
        public override string ControlId => controlId;

        public override string Title => "never finishes";

        public override TimeSpan Deadline => TimeSpan.FromSeconds(seconds);

        protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
        {
            evidence.Record("good", "nothing", "wait forever", "an answer", "started waiting");
            await Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None);
            return Verdict.Pass("unreachable");
        }
    }
}
