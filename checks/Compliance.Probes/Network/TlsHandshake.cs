namespace Compliance.Probes.Network;

/// <summary>One TLS handshake attempt: whether a session was established, with which protocol and cipher.</summary>
public sealed record TlsHandshake(bool Established, string Protocol, string Cipher, TlsClass Class, string Raw);
