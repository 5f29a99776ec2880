namespace Compliance.Controls.Framework;

/// <summary>
/// Collects, across the hosts or objects a check covers, the violations observed and the facts that could not be
/// established. A violation anywhere fails the check; otherwise anything unestablished makes it Not verified.
/// </summary>
public sealed class Findings
{
    private readonly List<string> violations = [];
    private readonly List<string> unverified = [];
    private readonly Lock gate = new();

    /// <summary>
    /// Probes every item at once; each probe returns its violation or null. The violations are kept in the items' order.
    /// </summary>
    public static async Task<Findings> OfEachAsync<T>(IEnumerable<T> items, Func<T, Task<string?>> probe)
    {
        var findings = new Findings();
        foreach (var violation in (await Task.WhenAll(items.Select(probe)).ConfigureAwait(false)).OfType<string>())
        {
            findings.Violation(violation);
        }

        return findings;
    }

    /// <summary>The violations so far.</summary>
    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (gate)
            {
                return [.. violations];
            }
        }
    }

    /// <summary>Records a violation.</summary>
    public void Violation(string text)
    {
        lock (gate)
        {
            violations.Add(text);
        }
    }

    /// <summary>Records a fact that could not be established.</summary>
    public void Unverified(string text)
    {
        lock (gate)
        {
            unverified.Add(text);
        }
    }

    /// <summary>The verdict: Failed with the violations, else Not verified with the gaps, else Passed with <paramref name="passMessage"/>.</summary>
    public Verdict Verdict(string passMessage)
    {
        lock (gate)
        {
            return violations.Count > 0 ? Framework.Verdict.Fail(string.Join("; ", violations))
                : unverified.Count > 0 ? Framework.Verdict.NotVerified(string.Join("; ", unverified))
                : Framework.Verdict.Pass(passMessage);
        }
    }
}
