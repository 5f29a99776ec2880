using System.Globalization;
using System.Text;
using Compliance.Core.Results;

namespace Compliance.Reports.Junit;

/// <summary>A check's evidence as plain text for CI consoles.</summary>
internal static class EvidenceText
{
    public static string Of(CheckResult result)
    {
        var text = new StringBuilder();
        var n = 0;
        foreach (var e in result.Evidence)
        {
            text.Append(CultureInfo.InvariantCulture, $"Evidence {++n} ({Time(e.StartedUtc)} to {Time(e.EndedUtc)})\n")
                .Append(CultureInfo.InvariantCulture, $"  Vantage:  {e.Vantage}\n  Target:   {e.Target}\n  Probe:    {e.Probe}\n")
                .Append(CultureInfo.InvariantCulture, $"  Expected: {e.Expected}\n  Observed: {e.Observed}\n");
            if (!string.IsNullOrEmpty(e.RawExcerpt))
            {
                text.Append("  Raw:\n    ").Append(e.RawExcerpt.TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
            }
        }

        return n == 0 ? "No evidence recorded.\n" : text.ToString();
    }

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
