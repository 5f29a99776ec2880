namespace Compliance.Probes.Sshd;

/// <summary>One file of sshd's configuration as read: its path, the patterns of its Include lines and its Match blocks.</summary>
public sealed record SshdConfigFile(string Path, IReadOnlyList<string> Includes, IReadOnlyList<SshdMatchBlock> MatchBlocks);
