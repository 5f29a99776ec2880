namespace Compliance.Probes.Host;

/// <summary>A regular file and when it was last modified.</summary>
public sealed record FileTime(string Path, DateTimeOffset Modified)
{
    /// <summary>How long ago the file was modified, relative to <paramref name="now"/>.</summary>
    public TimeSpan Age(DateTimeOffset now) => now - Modified;
}
