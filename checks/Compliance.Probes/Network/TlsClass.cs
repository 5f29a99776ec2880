namespace Compliance.Probes.Network;

/// <summary>What became of one TLS handshake attempt, decided once from s_client's output.</summary>
public enum TlsClass
{
    /// <summary>A session with a protocol and a cipher was established.</summary>
    Established,

    /// <summary>The server refused the offer (an alert, handshake failure, unsupported protocol).</summary>
    Refused,

    /// <summary>The TCP connect failed.</summary>
    ConnectFailed,

    /// <summary>The vantage's openssl could not make the offer at all.</summary>
    ClientCannotOffer,

    /// <summary>s_client did not finish in time.</summary>
    TimedOut,

    /// <summary>Anything else.</summary>
    Error,
}
