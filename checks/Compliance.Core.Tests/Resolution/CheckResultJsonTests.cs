using Compliance.Core.Evidence;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;

namespace Compliance.Core.Tests.Resolution;

public sealed class CheckResultJsonTests
{
    [Test]
    public void Record_is_one_line_with_the_outcome_as_a_string_and_reads_back_equal()
    {
        var at = new DateTimeOffset(2026, 12, 1, 22, 0, 0, TimeSpan.Zero);
        var evidence = new EvidenceItem("netns lab-ml01", "198.19.0.100:443", "tcp connect", "timed out", "connected", "line 1\nline 2", at, at);
        var result = new CheckResult("SecureZoneReachesNoInternetTcpPort", "NET-07", "Title", Outcome.NotVerified, "vantage down", [evidence], at, at);

        var line = CheckResultJson.ToLine(result);
        var back = CheckResultJson.FromLine(line);

        Assert.That(line, Does.Not.Contain("\n").And.Contain("\"outcome\":\"NotVerified\""));
        Assert.That(back with { Evidence = result.Evidence }, Is.EqualTo(result));
        Assert.That(back.Evidence, Is.EqualTo(result.Evidence));
    }
}
