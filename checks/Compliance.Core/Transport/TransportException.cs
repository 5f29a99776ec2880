namespace Compliance.Core.Transport;

/// <summary>The transport could not run a command at all; checks turn this into Not verified.</summary>
public sealed class TransportException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public TransportException() { }

    /// <summary>Creates an exception with a message.</summary>
    public TransportException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and cause.</summary>
    public TransportException(string message, Exception innerException) : base(message, innerException) { }
}
