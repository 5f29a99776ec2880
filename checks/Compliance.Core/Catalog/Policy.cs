namespace Compliance.Core.Catalog;

/// <summary>One requirement of the specification as a policy of the catalog (<c>policies/*.yaml</c>).</summary>
public sealed record Policy(
    string Id,
    string Family,
    string Title,
    string Statement,
    string SourceQuote,
    string Rationale,
    Severity Severity,
    IReadOnlyList<string> Iso27001,
    IReadOnlyList<string> Nist80053,
    PolicyKind Kind,
    PolicyStatus Status,
    string SourceFile);
