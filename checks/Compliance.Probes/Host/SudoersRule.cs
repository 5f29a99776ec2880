namespace Compliance.Probes.Host;

/// <summary>One command granted by a sudoers rule, aliases expanded, with the file and line it came from.</summary>
/// <param name="Principals">Who the rule names: users, <c>%group</c>, <c>#uid</c>, <c>ALL</c>, <c>+netgroup</c>.</param>
public sealed record SudoersRule(IReadOnlyList<string> Principals, SudoRight Right, string File, int Line)
{
    /// <inheritdoc/>
    public override string ToString() => $"{string.Join(",", Principals)} {Right} ({File}:{Line})";
}
