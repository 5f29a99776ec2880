namespace Compliance.Controls.Audit;

/// <summary>The effective sshd settings (<c>sshd -T</c>) that decide whether a session can bypass the recorded hop.</summary>
public static class SshdSettings
{
    /// <summary>The keys reported in evidence.</summary>
    public static IReadOnlyList<string> Relevant { get; } = ["disableforwarding", "allowtcpforwarding", "allowstreamlocalforwarding", "permittunnel", "x11forwarding", "forcecommand", "permitopen"];

    /// <summary>Parses <c>sshd -T</c> output (lower-case key, value).</summary>
    public static IReadOnlyDictionary<string, string> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 2);
            settings.TryAdd(parts[0], parts.Length > 1 ? parts[1] : "");
        }

        return settings.Count > 0 ? settings : throw new FormatException("sshd -T printed nothing");
    }

    /// <summary>What lets a session around the recorded hop.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, string> s, string forceCommand)
    {
        ArgumentNullException.ThrowIfNull(s);
        var problems = new List<string>();
        if (s.GetValueOrDefault("disableforwarding") != "yes")
        {
            if (s.GetValueOrDefault("allowtcpforwarding", "yes") != "no")
            {
                problems.Add($"allowtcpforwarding {s.GetValueOrDefault("allowtcpforwarding", "yes")}");
            }

            if (s.GetValueOrDefault("allowstreamlocalforwarding", "yes") != "no")
            {
                problems.Add($"allowstreamlocalforwarding {s.GetValueOrDefault("allowstreamlocalforwarding", "yes")}");
            }
        }

        if (s.GetValueOrDefault("permittunnel", "no") != "no")
        {
            problems.Add($"permittunnel {s["permittunnel"]}");
        }

        var forced = s.GetValueOrDefault("forcecommand", "none");
        if (forced.Split(' ', 2)[0] != forceCommand)
        {
            problems.Add($"forcecommand {forced}, expected {forceCommand}");
        }

        return problems;
    }
}
