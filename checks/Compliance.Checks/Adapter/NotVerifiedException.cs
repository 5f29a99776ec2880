namespace Compliance.Checks.Adapter;

/// <summary>Raised by a test whose check could not establish its fact; NUnit reports it as an error.</summary>
public sealed class NotVerifiedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotVerifiedException() { }

    /// <summary>Creates the exception with the check's message.</summary>
    public NotVerifiedException(string message) : base(message) { }

    /// <summary>Creates the exception with the message and cause.</summary>
    public NotVerifiedException(string message, Exception innerException) : base(message, innerException) { }
}
