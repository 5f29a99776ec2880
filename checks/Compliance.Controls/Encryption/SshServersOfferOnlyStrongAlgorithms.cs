using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;
using Compliance.Probes.Sshd;

namespace Compliance.Controls.Encryption;

/// <summary>
/// ENC-03: every SSH server's key-exchange offer (KEXINIT on the wire) lists only allowed kex, host key, cipher and
/// MAC algorithms; and its effective configuration (<c>sshd -T -C</c> for every Match block and every account from
/// every source) accepts no SHA-1 signature for user keys, host-based keys or certificate authorities (what a Match
/// block can re-enable and the wire offer does not show), and names only allowed kex, ciphers and MACs.
/// </summary>
public sealed class SshServersOfferOnlyStrongAlgorithms : Check
{
    /// <summary>Signature algorithms that hash with SHA-1.</summary>
    public static IReadOnlyList<string> Sha1Signatures { get; } = ["ssh-rsa", "ssh-dss", "ssh-rsa-cert-v01@openssh.com", "ssh-dss-cert-v01@openssh.com"];

    private static readonly string[] SignatureSettings = ["pubkeyacceptedalgorithms", "hostbasedacceptedalgorithms", "casignaturealgorithms"];

    /// <inheritdoc/>
    public override string ControlId => "ENC-03";

    /// <inheritdoc/>
    public override string Title => "SSH servers offer only strong key-exchange, cipher and MAC algorithms";

    /// <summary>It evaluates sshd for every Match block and every account from every source; through the gateway's recorded hop each batch is a session of its own.</summary>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var policy = context.Inventory.Expected.Get<SshPolicyExpectation>();
        var findings = new Findings("SSH server");
        await findings.EachAsync(policy.Servers, s => $"{s.Host} KEXINIT from {s.Vantage}", async s =>
        {
            var address = context.Inventory.Host(s.Host).Address;
            var offer = await SshKexReader.ReadAsync(await Hosts.TransportAsync(context, s.Vantage, cancellationToken).ConfigureAwait(false), address, policy.Port, cancellationToken).ConfigureAwait(false);
            var weak = offer.Kex.Where(k => !SshKexReader.IsMarker(k)).Except(policy.AllowedKex)
                .Concat(offer.HostKeys.Except(policy.AllowedHostKeys))
                .Concat(offer.Ciphers.Except(policy.AllowedCiphers))
                .Concat(offer.Macs.Except(policy.AllowedMacs)).ToList();
            evidence.Record(s.Vantage, $"{s.Host} {address}:{policy.Port}", "SSH KEXINIT offer", "only allowed algorithms",
                weak.Count == 0 ? "only allowed algorithms" : $"not allowed: {string.Join(", ", weak)}", offer.Raw);
            if (weak.Count > 0)
            {
                findings.Violation($"{s.Host} offers {string.Join(", ", weak)}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);

        await PerHost.RunAsync(context, policy.Servers.Select(s => s.Host), findings, async transport =>
        {
            var survey = await SshdSurveys.OfAsync(context, transport.HostName, cancellationToken).ConfigureAwait(false);
            var reviewed = SshdSurveys.Review(survey, findings, e => Problems(e.Settings, policy));
            evidence.Record(survey.Host, "sshd -T -C", $"accepted signature algorithms, kex, ciphers and MACs for every Match block and every account from every source ({reviewed} evaluations)",
                $"no {string.Join(", ", Sha1Signatures)}; only allowed kex, ciphers, MACs",
                string.Join("; ", survey.Evaluations.SelectMany(e => Problems(e.Settings, policy)).Distinct(StringComparer.Ordinal).DefaultIfEmpty("none weak")),
                survey.Describe());
        }, cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{policy.Servers.Count} SSH servers offer and accept only allowed algorithms for every Match block and every account");
    }

    /// <summary>The weak algorithms one evaluation's settings name.</summary>
    private static IEnumerable<string> Problems(SshdSettings settings, SshPolicyExpectation policy)
    {
        foreach (var key in SignatureSettings)
        {
            var weak = Algorithms(settings, key).Intersect(Sha1Signatures, StringComparer.Ordinal).ToList();
            if (weak.Count > 0)
            {
                yield return $"{key} accepts {string.Join(",", weak)}";
            }
        }

        foreach (var (key, allowed) in new[] { ("kexalgorithms", policy.AllowedKex), ("ciphers", policy.AllowedCiphers), ("macs", policy.AllowedMacs) })
        {
            var weak = Algorithms(settings, key).Where(a => !SshKexReader.IsMarker(a)).Except(allowed, StringComparer.Ordinal).ToList();
            if (weak.Count > 0)
            {
                yield return $"{key} names {string.Join(",", weak)}";
            }
        }
    }

    private static string[] Algorithms(SshdSettings settings, string key) =>
        settings.Value(key, "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
