namespace Compliance.Probes.Host;

/// <summary>A group as <c>getent group</c> lists it (supplementary members only).</summary>
public sealed record AccountGroup(string Name, int Gid, IReadOnlyList<string> Members);
