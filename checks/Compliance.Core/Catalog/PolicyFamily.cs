namespace Compliance.Core.Catalog;

/// <summary>A family of policies (one file of <c>policies/</c>): its ID (e.g. <c>NET</c>) and display name.</summary>
public sealed record PolicyFamily(string Id, string Name, string SourceFile);
