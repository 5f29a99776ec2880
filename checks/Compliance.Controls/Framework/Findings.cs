using Compliance.Core.Redaction;

namespace Compliance.Controls.Framework;

/// <summary>
/// Collects, across the items a check covers (servers, accounts, flows, identities, terminals, log locations,
/// vantages), the violations observed, the facts that could not be established and the items actually probed.
/// A violation anywhere fails the check, and the message also lists what could not be verified; otherwise anything
/// unestablished makes it Not verified; and a check that probed no item at all is Not verified, never Passed.
/// </summary>
/// <param name="item">What one probed item is, in the singular (<c>server</c>, <c>account</c>, <c>vantage</c>): it names the zero case.</param>
public sealed class Findings(string item = "item")
{
    private readonly List<string> violations = [];
    private readonly List<string> unverified = [];
    private readonly HashSet<string> probed = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>
    /// Probes every item at once; each probe returns its violation or null. A probe that throws leaves its item
    /// unverified without discarding what the other items showed. The violations are kept in the items' order.
    /// </summary>
    public static async Task<Findings> OfEachAsync<T>(IEnumerable<T> items, Func<T, Task<string?>> probe, Func<T, string>? label = null, string item = "item", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(probe);
        var findings = new Findings(item);
        var list = items.ToList();
        var results = new string?[list.Count];
        await findings.EachAsync(list.Select((x, i) => (x, i)), p => label?.Invoke(p.x) ?? p.x?.ToString() ?? "?", async p => results[p.i] = await probe(p.x).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        foreach (var violation in results.OfType<string>())
        {
            findings.Violation(violation);
        }

        return findings;
    }

    /// <summary>
    /// Probes every item at once; the probe records its violations here. An item whose probe completed counts as
    /// probed; one whose probe threw is unverified (with the reason) and the others go on. Cancellation of
    /// <paramref name="cancellationToken"/> is thrown. With <paramref name="parallelism"/>, at most that many probes run at once.
    /// </summary>
    public async Task EachAsync<T>(IEnumerable<T> items, Func<T, string> label, Func<T, Task> probe, CancellationToken cancellationToken, Redactor? redactor = null, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(probe);
        var names = redactor ?? new Redactor();
        if (parallelism is not { } bound)
        {
            await Task.WhenAll(items.Select(x => OneAsync(x, label(x), probe, names, cancellationToken))).ConfigureAwait(false);
            return;
        }

        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = bound, CancellationToken = cancellationToken },
            async (x, _) => await OneAsync(x, label(x), probe, names, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>Probes the items one after the other (for probes that must not overlap), with the same rules as <see cref="EachAsync{T}"/>.</summary>
    public async Task EachInTurnAsync<T>(IEnumerable<T> items, Func<T, string> label, Func<T, Task> probe, CancellationToken cancellationToken, Redactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(probe);
        foreach (var x in items)
        {
            await OneAsync(x, label(x), probe, redactor ?? new Redactor(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one named probe with the same rules as <see cref="EachAsync{T}"/>: probed when it completes, unverified when it throws.</summary>
    public Task ProbeAsync(string name, Func<Task> probe, CancellationToken cancellationToken, Redactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return OneAsync(probe, name, p => p(), redactor ?? new Redactor(), cancellationToken);
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

    /// <summary>How many distinct items were probed to the end.</summary>
    public int ProbedCount
    {
        get
        {
            lock (gate)
            {
                return probed.Count;
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

    /// <summary>Records that <paramref name="name"/> was probed to the end (its fact established, compliant or not).</summary>
    public void Probed(string name)
    {
        lock (gate)
        {
            probed.Add(name);
        }
    }

    /// <summary>
    /// The verdict: Failed with the violations (and what could not be verified), else Not verified with the gaps, else
    /// Not verified when no item was probed, else Passed with <paramref name="passMessage"/>.
    /// </summary>
    public Verdict Verdict(string passMessage)
    {
        lock (gate)
        {
            if (violations.Count > 0)
            {
                var message = string.Join("; ", violations);
                return Framework.Verdict.Fail(unverified.Count == 0 ? message : $"{message}; could not verify: {string.Join("; ", unverified)}");
            }

            return unverified.Count > 0 ? Framework.Verdict.NotVerified(string.Join("; ", unverified))
                : probed.Count == 0 ? Framework.Verdict.NotVerified($"no {item} was probed: the check established nothing")
                : Framework.Verdict.Pass(passMessage);
        }
    }

    private async Task OneAsync<T>(T x, string name, Func<T, Task> probe, Redactor redactor, CancellationToken cancellationToken)
    {
        try
        {
            await probe(x).ConfigureAwait(false);
            Probed(name);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // one item's probe failure must not hide what the other items showed
        catch (Exception e)
#pragma warning restore CA1031
        {
            Unverified($"{name}: {ProbeFailure.Describe(e, redactor)}");
        }
    }
}
