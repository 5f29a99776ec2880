namespace Compliance.Core.Inventory;

/// <summary>
/// Marks an expected-state field that names a file holding a credential (a certificate with its private key, a secret).
/// The path is relative to the environment folder (the folder above <c>expected/</c>) or absolute; at load the file must
/// exist and be closed to every other account, or the input is refused with the field's file:line:column.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CredentialFileAttribute : Attribute;
