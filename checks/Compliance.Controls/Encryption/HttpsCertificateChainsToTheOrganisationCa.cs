using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>ENC-02: the HTTPS certificate chains to the organisation CA of the inventory, matches the host name and is in date.</summary>
public sealed class HttpsCertificateChainsToTheOrganisationCa : Check
{
    public override string ControlId => "ENC-02";

    public override string Title => "The HTTPS certificate chains to the organisation CA, is in date and matches the host name";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var tls = context.Inventory.Expected.Get<TlsExpectation>();
        var address = context.Inventory.Host(tls.Host).Address;
        var caPath = Path.IsPathRooted(tls.CaFile) ? tls.CaFile : Path.Combine(context.Inventory.Directory, tls.CaFile);
        var ca = await File.ReadAllTextAsync(caPath, cancellationToken).ConfigureAwait(false);
        var transport = await Hosts.TransportAsync(context, tls.Vantage, cancellationToken).ConfigureAwait(false);
        var cert = await CertificateProbe.VerifyAsync(transport, address, tls.Port, tls.ServerName, ca, tls.MinDaysLeft, cancellationToken).ConfigureAwait(false);
        evidence.Record(tls.Vantage, $"{tls.Host} {address}:{tls.Port}", $"verify against {tls.CaFile} for name {tls.ServerName}",
            $"verify code 0, valid for at least {tls.MinDaysLeft} more days", $"verify {cert.VerifyCode} ({cert.VerifyText}); subject {cert.Subject}; issuer {cert.Issuer}; notAfter {cert.NotAfter}; {(cert.InDate ? "in date" : "expiring/expired")}", cert.Raw);
        var problems = new List<string>();
        if (!cert.ChainAndNameOk)
        {
            problems.Add($"verification failed: {cert.VerifyCode} ({cert.VerifyText})");
        }

        if (!cert.InDate)
        {
            problems.Add($"expires {cert.NotAfter} (less than {tls.MinDaysLeft} days left)");
        }

        return problems.Count == 0
            ? Verdict.Pass($"{cert.Subject} chains to the organisation CA, matches {tls.ServerName}, valid until {cert.NotAfter}")
            : Verdict.Fail(string.Join("; ", problems));
    }
}
