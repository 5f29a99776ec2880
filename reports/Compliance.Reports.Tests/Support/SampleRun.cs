using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using static Compliance.Reports.Tests.Support.RunBuilder;

namespace Compliance.Reports.Tests.Support;

/// <summary>
/// A realistic run with every outcome: Passed, Failed (hostile evidence), Not verified, Waived, a waiver that expired,
/// Not applicable, Attested (with its evidence file), a missing attestation and a planned policy; compared with the last
/// of three earlier runs (<see cref="SampleHistory"/>).
/// </summary>
internal static class SampleRun
{
    public const string HostileExcerpt = "HTTP/1.1 200 OK\n<script>window.hostile = 1</script><img src=x onerror=\"alert(1)\"> & \"quoted\" 'single' \u001b[31mred\u001b[0m";

    public const string LeakedPassword = "Sup3rS3cret!pw";

    public const string AttestationFile = "attestations/phy-01-room-lock.txt";

    /// <summary>The run and the extra files (the attestation evidence, written under <paramref name="environmentFolder"/>).</summary>
    public static (RunReport Report, IReadOnlyList<string> ExtraFiles) Create(string environmentFolder, string? runId = null)
    {
        var evidencePath = Path.Combine(environmentFolder, AttestationFile);
        Directory.CreateDirectory(Path.GetDirectoryName(evidencePath)!);
        File.WriteAllText(evidencePath, "Room 4F-12 lock inspected; badge log attached.\n");
        var evidenceSha = Folder.EvidenceStore.Sha256Of(evidencePath);
        var builder = new RunBuilder { RunId = runId ?? "20261201T210000Z-lab" };
        var waiver = new Waiver("ENC-03", "Legacy HSM appliance needs password login until its replacement in Q1.", "CISO Tanaka", "SEC-1234", new DateOnly(2027, 3, 31));
        var expired = new Waiver("ENC-02", "Certificate renewal pending.", "CISO Tanaka", "SEC-0999", new DateOnly(2026, 11, 1));
        builder
            .Requirement("NET-04", "Network", Outcome.Passed, "Only SSH via the gateway and HTTPS reach the Secure Zone.",
                Check("SecurityRoomReachesSecureZoneOnlyOnAllowedPorts", "NET-04", Outcome.Passed, "Ports 22 (gateway) and 443 open; 65533 others closed.",
                    Evidence("dev-term", "ml01 198.18.20.10", "tcp scan 1-65535", "only 443 connected", "443 connected", "443/tcp open\n")),
                Check("SecurityRoomReachesNoOtherSecureZoneHost", "NET-04", Outcome.Passed, "No other host answered.",
                    Evidence("dev-term", "198.18.20.0/24", "tcp 22,443", "refused or timed out", "timed out", "")))
            .Requirement("NET-07", "Network", Outcome.Failed, "The Secure Zone reached the internet directly.",
                Check("SecureZoneReachesNoInternetTcpPort", "NET-07", Outcome.Failed, "ml01 connected to inet:80 directly.",
                    Evidence("ml01", "inet 198.19.0.10:80", "tcp connect", "timed out or ICMP prohibited", "connected",
                        HostileExcerpt + "\nAuthorization: Bearer abcdefghijklmnop123456\npassword=" + LeakedPassword)))
            .Requirement("NET-10", "Network", Outcome.NotVerified, "The vantage could not be reached.",
                Check("OnlyDataTerminalReachesInternet", "NET-10", Outcome.NotVerified, "Positive control failed: proxy unreachable from data-term.",
                    Evidence("data-term", "proxy 198.18.10.5:3128", "tcp connect", "connected", "timed out after 10 s", "")))
            .Requirement("ENC-03", "Encryption", Outcome.Waived, "Password login on one host, waived.",
                Resolved("SshAllowsPublicKeyOnly", "ENC-03", Outcome.Failed, Outcome.Waived, "hsm01 offers password authentication.", waiver, false,
                    Evidence("gateway", "hsm01:22", "ssh auth methods", "publickey", "publickey,password", "PasswordAuthentication yes")))
            .Requirement("ENC-02", "Encryption", Outcome.Failed, "Waiver SEC-0999 expired on 2026-11-01.",
                Resolved("HttpsOffersOnlyStrongTls", "ENC-02", Outcome.Failed, Outcome.Failed, "TLS 1.0 accepted.", expired, true,
                    Evidence("dev-term", "ml01:443", "tls handshake 1.0", "refused", "accepted", "Protocol: TLSv1")))
            .Requirement("JUP-01", "Jupyter", Outcome.NotApplicable, "Declared not applicable: no Jupyter in this environment.",
                Check("JupyterReachableThroughProxyPath", "JUP-01", Outcome.NotApplicable, "Not applicable per inventory."))
            .Manual("PHY-01", Outcome.Attested, "Attested by Sato on 2026-10-15.",
                new Attestation("PHY-01", "Sato (facilities)", new DateOnly(2026, 10, 15), new DateOnly(2027, 4, 15), "The security room door locks.", AttestationFile, evidenceSha))
            .Manual("PHY-02", Outcome.Failed, "No attestation on file.", null)
            .Planned("PHY-03", "Physical");
        return (SampleHistory.Attach(builder.Build()), [evidencePath]);
    }
}
