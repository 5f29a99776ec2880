namespace Compliance.Core.Catalog;

/// <summary>Whether a policy is enforced yet. Planned policies are reported as planned, never as passed.</summary>
public enum PolicyStatus
{
    /// <summary>Enforced: it must have its checks (or allow attestation).</summary>
    Active,

    /// <summary>Not enforced yet.</summary>
    Planned,
}
