namespace Compliance.Probes.Network;

/// <summary>The probe itself failed (its tool missing, unparsable output): the fact was not established.</summary>
public sealed class ProbeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProbeException() { }

    /// <summary>Creates the exception with the reason.</summary>
    public ProbeException(string message) : base(message) { }

    /// <summary>Creates the exception with the reason and cause.</summary>
    public ProbeException(string message, Exception innerException) : base(message, innerException) { }
}
