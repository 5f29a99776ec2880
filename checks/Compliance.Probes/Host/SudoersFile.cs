namespace Compliance.Probes.Host;

/// <summary>What one sudoers file holds: its rules, and the files and directories it includes.</summary>
public sealed record SudoersFile(string Path, IReadOnlyList<SudoersRule> Rules, IReadOnlyList<string> IncludedFiles, IReadOnlyList<string> IncludedDirectories);
