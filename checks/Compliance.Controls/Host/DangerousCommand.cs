namespace Compliance.Controls.Host;

/// <summary>One entry of the dangerous-command catalog (see <c>Data/dangerous-commands.yaml</c>).</summary>
public sealed record DangerousCommand
{
    /// <summary>Executable names; <c>*</c> and <c>?</c> are wildcards.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary><c>shell</c>, <c>file-read</c>, <c>file-write</c>.</summary>
    public IReadOnlyList<string> Abilities { get; init; } = [];

    /// <summary>Where the fact comes from.</summary>
    public string Source { get; init; } = "";

    /// <summary>Only dangerous when one of these arguments is allowed.</summary>
    public IReadOnlyList<string> DangerousWith { get; init; } = [];

    /// <summary>Arguments that, all present, make the tool safe.</summary>
    public IReadOnlyList<string> SafeWith { get; init; } = [];

    /// <summary>Arguments that make it dangerous even with <see cref="SafeWith"/>.</summary>
    public IReadOnlyList<string> AlwaysWith { get; init; } = [];
}
