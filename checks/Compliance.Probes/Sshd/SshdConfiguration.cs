namespace Compliance.Probes.Sshd;

/// <summary>sshd's configuration files as read (the main file and every file its Include lines name, in sshd's order) and their Match blocks.</summary>
public sealed record SshdConfiguration(IReadOnlyList<SshdConfigFile> Files)
{
    /// <summary>Every Match block of every file, in reading order.</summary>
    public IReadOnlyList<SshdMatchBlock> MatchBlocks => [.. Files.SelectMany(f => f.MatchBlocks)];

    /// <summary>The files read, for evidence.</summary>
    public string Describe() => string.Join("; ", Files.Select(f => $"{f.Path} ({f.MatchBlocks.Count} Match)"));
}
