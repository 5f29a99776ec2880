namespace Compliance.Probes.Sshd;

/// <summary>The connection sshd evaluates its Match blocks for (<c>sshd -T -C user=...,host=...,addr=...</c>).</summary>
public sealed record SshdConnection(string User, string Host, string Address)
{
    /// <summary>The <c>-C</c> connection specification.</summary>
    public string Specification => $"user={User},host={Host},addr={Address}";
}
