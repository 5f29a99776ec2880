namespace Compliance.Core.Inventory.Expected;

/// <summary>What every Windows Hello for Business enrollment configuration of the tenant must enforce.</summary>
public sealed record HelloExpectation
{
    /// <summary>Biometric unlock must be enabled.</summary>
    public bool RequireBiometrics { get; init; } = true;

    /// <summary>A TPM must be required.</summary>
    public bool RequireSecurityDevice { get; init; } = true;

    /// <summary>Smallest acceptable minimum PIN length.</summary>
    public int MinimumPinLength { get; init; } = 6;
}
