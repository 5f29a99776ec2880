namespace Compliance.Probes.Sshd;

/// <summary>sshd's effective settings could not be read: <c>sshd -T</c> failed, timed out or printed no configuration.</summary>
public sealed class SshdSettingsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SshdSettingsException() { }

    /// <summary>Creates the exception with the reason.</summary>
    public SshdSettingsException(string message) : base(message) { }

    /// <summary>Creates the exception with the reason and cause.</summary>
    public SshdSettingsException(string message, Exception innerException) : base(message, innerException) { }
}
