namespace Compliance.Probes.Network;

/// <summary>
/// The ports of a scan that drew one class word: the class, the word as the script printed it (kept for evidence, with the
/// errno of <c>error:</c> and <c>sendfail-</c> words), the ports (none listed for the silent classes) and their count.
/// </summary>
public sealed record PortGroup(PortClass Class, string Word, IReadOnlyList<int> Ports, int Count);
