namespace Compliance.Core.Changes;

/// <summary>
/// A change to try on the lab before it is made: the file (full path), its SHA-256, its format, what it says it does,
/// and either its steps or the lab files its patch touches (paths relative to the lab folder).
/// </summary>
public sealed record ProposedChange(
    string File,
    string Sha256,
    ChangeFormat Format,
    string Description,
    IReadOnlyList<ChangeStep> Steps,
    IReadOnlyList<string> PatchedFiles);
