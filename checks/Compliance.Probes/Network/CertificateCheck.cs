namespace Compliance.Probes.Network;

/// <summary>The server certificate as verified against the organisation CA: openssl's verdict (chain and name), subject, dates.</summary>
public sealed record CertificateCheck(int VerifyCode, string VerifyText, string Subject, string Issuer, string NotAfter, bool InDate, string Raw)
{
    /// <summary>True when the chain reaches the CA and the name matches (openssl verify code 0).</summary>
    public bool ChainAndNameOk => VerifyCode == 0;
}
