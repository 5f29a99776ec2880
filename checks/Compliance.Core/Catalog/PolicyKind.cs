namespace Compliance.Core.Catalog;

/// <summary>Whether a policy is enforced by executable checks or attested by a person.</summary>
public enum PolicyKind
{
    /// <summary>Enforced by one or more executable checks.</summary>
    Automated,

    /// <summary>Attested by a person with evidence and an expiry.</summary>
    Manual,
}
