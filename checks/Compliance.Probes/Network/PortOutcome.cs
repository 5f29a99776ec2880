namespace Compliance.Probes.Network;

/// <summary>What one port drew: its class, and the word the scan printed for it (shown in evidence).</summary>
public readonly record struct PortOutcome(PortClass Class, string Word)
{
    /// <summary>The word, as evidence shows it.</summary>
    public override string ToString() => Word;
}
