namespace Compliance.Core.Inputs;

/// <summary>A person's attestation of a manual control, with the evidence file (path relative to the environment folder) and its SHA-256.</summary>
public sealed record Attestation(
    string ControlId,
    string AttestedBy,
    DateOnly AttestedOn,
    DateOnly Expires,
    string Statement,
    string EvidenceFile,
    string EvidenceSha256);
