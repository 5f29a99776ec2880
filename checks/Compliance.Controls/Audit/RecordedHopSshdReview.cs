using Compliance.Probes.Sshd;

namespace Compliance.Controls.Audit;

/// <summary>Which of the gateway's effective sshd settings let a session around the recorded hop.</summary>
public static class RecordedHopSshdReview
{
    /// <summary>The keys reported in evidence.</summary>
    public static IReadOnlyList<string> Relevant { get; } = ["disableforwarding", "allowtcpforwarding", "allowstreamlocalforwarding", "permittunnel", "x11forwarding", "forcecommand", "permitopen"];

    /// <summary>The relevant settings as evidence text (<c>key value</c>, unset keys marked).</summary>
    public static string Describe(SshdSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return string.Join("; ", Relevant.Select(k => $"{k} {settings.Value(k, "(unset)")}"));
    }

    /// <summary>What lets a session around the recorded hop.</summary>
    public static IReadOnlyList<string> Problems(SshdSettings s, string forceCommand)
    {
        ArgumentNullException.ThrowIfNull(s);
        var problems = new List<string>();
        if (!s.Is("disableforwarding", "yes"))
        {
            if (s.Value("allowtcpforwarding", "yes") != "no")
            {
                problems.Add($"allowtcpforwarding {s.Value("allowtcpforwarding", "yes")}");
            }

            if (s.Value("allowstreamlocalforwarding", "yes") != "no")
            {
                problems.Add($"allowstreamlocalforwarding {s.Value("allowstreamlocalforwarding", "yes")}");
            }
        }

        if (s.Value("permittunnel", "no") != "no")
        {
            problems.Add($"permittunnel {s.Value("permittunnel")}");
        }

        var forced = s.Value("forcecommand", "none");
        if (forced.Split(' ', 2)[0] != forceCommand)
        {
            problems.Add($"forcecommand {forced}, expected {forceCommand}");
        }

        return problems;
    }
}
