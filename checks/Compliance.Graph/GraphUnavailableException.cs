namespace Compliance.Graph;

/// <summary>
/// Graph could not answer a question: the client is not configured, a request was refused (the message names the
/// missing application permission) or failed (the message carries the Graph error code). Checks report Not verified.
/// </summary>
public sealed class GraphUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphUnavailableException() { }

    /// <summary>Creates the exception with the reason.</summary>
    public GraphUnavailableException(string message) : base(message) { }

    /// <summary>Creates the exception with the reason and cause.</summary>
    public GraphUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
