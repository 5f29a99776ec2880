namespace Compliance.Reports.Folder;

/// <summary>An extra file copied into the run folder: where it came from, its path in the folder and its SHA-256.</summary>
internal sealed record StoredEvidence(string SourcePath, string RelativePath, string Sha256);
