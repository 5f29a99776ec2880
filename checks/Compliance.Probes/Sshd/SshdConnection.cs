using System.Globalization;

namespace Compliance.Probes.Sshd;

/// <summary>
/// The connection sshd evaluates its Match blocks for (<c>sshd -T -C user=...,host=...,addr=...,laddr=...,lport=...</c>):
/// the account, the client's resolved name and address, and the server's local address and port.
/// </summary>
public sealed record SshdConnection(string User, string Host, string Address, string? LocalAddress = null, int? LocalPort = null)
{
    /// <summary>The <c>-C</c> connection specification.</summary>
    public string Specification =>
        $"user={User},host={Host},addr={Address}"
        + (LocalAddress is null ? "" : $",laddr={LocalAddress}")
        + (LocalPort is null ? "" : $",lport={LocalPort.Value.ToString(CultureInfo.InvariantCulture)}");
}
