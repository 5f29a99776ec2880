using Compliance.Controls.Framework;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Checks.Framework;

/// <summary>
/// Runs a <see cref="Check"/> from an NUnit test against the selected environment, records its result for the
/// runner and maps the outcome onto NUnit: Passed passes, Failed fails, Not verified is Inconclusive,
/// Not applicable is Ignored.
/// </summary>
public static class Suite
{
    /// <summary>Runs the check of type <typeparamref name="T"/>; the calling test must carry the same name as the check class.</summary>
    public static void Run<T>() where T : Check, new()
    {
        var check = new T();
        var context = SuiteContext.Current;
        var now = context.Clock.GetUtcNow();
        var result = context.LoadError is { } error
            ? new CheckResult(check.CheckId, check.ControlId, check.Title, Outcome.NotVerified, error, [], now, now)
            : context.NotApplicableReason(check) is { } reason
            ? new CheckResult(check.CheckId, check.ControlId, check.Title, Outcome.NotApplicable, reason, [], now, now)
            : check.RunAsync(context.CheckContext, context.Cancellation).GetAwaiter().GetResult();
        context.Records.Write(result);
        ReportToNUnit(result);
    }

    private static void ReportToNUnit(CheckResult result)
    {
        TestContext.Out.WriteLine($"{result.ControlId} {result.CheckId}: {result.Outcome}: {result.Message}");
        foreach (var e in result.Evidence)
        {
            TestContext.Out.WriteLine($"  [{e.Vantage} -> {e.Target}] {e.Probe}: expected {e.Expected}; observed {e.Observed}");
        }

        switch (result.Outcome)
        {
            case Outcome.Passed:
                Assert.Pass(result.Message);
                break;
            case Outcome.Failed:
                Assert.Fail(result.Message);
                break;
            case Outcome.NotApplicable:
                Assert.Ignore(result.Message);
                break;
            default:
                Assert.Inconclusive(result.Message);
                break;
        }
    }
}
