namespace Compliance.Controls.Framework;

/// <summary>
/// Thrown by a positive control (the vantage works, the target or sink is alive) that did not hold:
/// the check cannot establish its fact and reports Not verified.
/// </summary>
public sealed class PrerequisiteFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PrerequisiteFailedException() { }

    /// <summary>Creates the exception with the reason.</summary>
    public PrerequisiteFailedException(string message) : base(message) { }

    /// <summary>Creates the exception with the reason and cause.</summary>
    public PrerequisiteFailedException(string message, Exception innerException) : base(message, innerException) { }
}
