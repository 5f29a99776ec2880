using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Checks.Adapter;

/// <summary>Writes a check's result and evidence to the test output and ends the test as <see cref="AdapterOutcomes"/> says.</summary>
public static class NUnitReport
{
    /// <summary>Reports <paramref name="result"/> to NUnit (throws the assertion or error that ends the test).</summary>
    public static void Report(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        TestContext.Out.WriteLine($"{result.ControlId} {result.CheckId}: {OutcomeNames.Label(result.Outcome)}: {result.Message}");
        foreach (var e in result.Evidence)
        {
            TestContext.Out.WriteLine($"  [{e.Vantage} -> {e.Target}] {e.Probe}: expected {e.Expected}; observed {e.Observed}");
        }

        var message = $"{OutcomeNames.Label(result.Outcome)}: {result.Message}";
        switch (AdapterOutcomes.For(result.Outcome))
        {
            case AdapterOutcome.Pass:
                Assert.Pass(message);
                break;
            case AdapterOutcome.Failure:
                Assert.Fail(message);
                break;
            case AdapterOutcome.Skipped:
                Assert.Ignore(message);
                break;
            default:
                throw new NotVerifiedException(message);
        }
    }
}
