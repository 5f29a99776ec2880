namespace Compliance.Probes.Network;

/// <summary>Describes how an OpenSSH client run ended, for messages and evidence.</summary>
public static class SshRunDescription
{
    /// <summary>No answer in time, or the exit status and the client's error.</summary>
    public static string Of(bool timedOut, TimeSpan elapsed, int exitCode, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return timedOut
            ? $"no answer within {elapsed.TotalSeconds:0} s"
            : $"exit {exitCode}{(error.Trim() is { Length: > 0 } e ? ": " + e : "")}";
    }
}
