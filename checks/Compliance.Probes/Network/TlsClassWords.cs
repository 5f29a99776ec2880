namespace Compliance.Probes.Network;

/// <summary>The word shown in evidence for each TLS handshake class.</summary>
public static class TlsClassWords
{
    /// <summary><c>established</c>, <c>refused</c>, <c>connect-failed</c>, <c>client-cannot-offer</c>, <c>timedout</c> or <c>error</c>.</summary>
    public static string Describe(this TlsClass cls) => cls switch
    {
        TlsClass.Established => "established",
        TlsClass.Refused => "refused",
        TlsClass.ConnectFailed => "connect-failed",
        TlsClass.ClientCannotOffer => "client-cannot-offer",
        TlsClass.TimedOut => "timedout",
        _ => "error",
    };
}
