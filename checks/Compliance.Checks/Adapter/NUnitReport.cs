using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Checks.Adapter;

/// <summary>
/// Writes a check's result and evidence to the test output and ends the test the way the outcome's JUnit mapping says:
/// Passed and Attested pass, Failed fails, Not verified is an error (red, never skipped or inconclusive), Not
/// applicable, Waived and Planned are skipped with their reason.
/// </summary>
public static class NUnitReport
{
    /// <summary>Reports <paramref name="result"/> to NUnit (throws the assertion or error that ends the test).</summary>
    public static void Report(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        TestContext.Out.WriteLine($"{result.ControlId} {result.CheckId}: {result.Outcome.Label}: {result.Message}");
        foreach (var e in result.Evidence)
        {
            TestContext.Out.WriteLine($"  [{e.Vantage} -> {e.Target}] {e.Probe}: expected {e.Expected}; observed {e.Observed}");
        }

        var message = $"{result.Outcome.Label}: {result.Message}";
        switch (result.Outcome.Junit)
        {
            case JunitResult.Pass:
                Assert.Pass(message);
                break;
            case JunitResult.Failure:
                Assert.Fail(message);
                break;
            case JunitResult.Skipped:
                Assert.Ignore(message);
                break;
            default:
                throw new NotVerifiedException(message);
        }
    }
}
