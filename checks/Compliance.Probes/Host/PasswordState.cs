namespace Compliance.Probes.Host;

/// <summary>The state of an account's password in the shadow database.</summary>
public enum PasswordState
{
    /// <summary>No shadow entry could be read.</summary>
    Unknown,

    /// <summary>The password field is empty: anyone can log in without one.</summary>
    Empty,

    /// <summary>Locked or no password (<c>!</c> or <c>*</c>).</summary>
    Locked,

    /// <summary>A password hash is set.</summary>
    Set,
}
