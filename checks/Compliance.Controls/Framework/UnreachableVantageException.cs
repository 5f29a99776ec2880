namespace Compliance.Controls.Framework;

/// <summary>
/// Thrown when a vantage or item the expected state names cannot be reached through the inventory (for example a
/// terminal without a host entry): the check probed less than its statement covers and reports Not verified, never a
/// pass over the vantages that remain.
/// </summary>
public sealed class UnreachableVantageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnreachableVantageException() { }

    /// <summary>Creates the exception with the reason.</summary>
    public UnreachableVantageException(string message) : base(message) { }

    /// <summary>Creates the exception with the reason and cause.</summary>
    public UnreachableVantageException(string message, Exception innerException) : base(message, innerException) { }
}
