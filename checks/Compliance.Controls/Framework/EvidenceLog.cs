using Compliance.Core.Evidence;
using Compliance.Core.Redaction;

namespace Compliance.Controls.Framework;

/// <summary>
/// Collects the evidence items of one check run (thread-safe: probes may run in parallel); what a probe observed passes
/// <paramref name="redactor"/> (the run's; by form only when none is given).
/// </summary>
public sealed class EvidenceLog(TimeProvider clock, Redactor? redactor = null)
{
    private readonly Redactor redactor = redactor ?? new Redactor();
    private readonly List<EvidenceItem> items = [];
    private readonly Lock gate = new();

    /// <summary>The items recorded so far, in order.</summary>
    public IReadOnlyList<EvidenceItem> Items
    {
        get
        {
            lock (gate)
            {
                return [.. items];
            }
        }
    }

    /// <summary>Records one probe; <paramref name="started"/> is when the probe began (now if omitted).</summary>
    public void Record(string vantage, string target, string probe, string expected, string observed, string rawExcerpt = "", DateTimeOffset? started = null)
    {
        var now = clock.GetUtcNow();
        var item = new EvidenceItem(vantage, target, probe, expected, redactor.Redact(observed), redactor.Redact(Truncate(rawExcerpt)), started ?? now, now);
        lock (gate)
        {
            items.Add(item);
        }
    }

    private static string Truncate(string raw) => raw.Length <= 4000 ? raw : string.Concat(raw.AsSpan(0, 4000), "\n[... truncated]");
}
