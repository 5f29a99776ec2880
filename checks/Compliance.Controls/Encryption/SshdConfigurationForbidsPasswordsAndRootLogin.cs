using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Sshd;

namespace Compliance.Controls.Encryption;

/// <summary>
/// ENC-03: on every SSH server, the effective configuration (<c>sshd -T -C</c> for the criteria of every Match block
/// in sshd_config and its Include files, and for every account that can log in from every source address) forbids
/// passwords, keyboard-interactive, empty passwords and any method but public keys, and refuses root.
/// </summary>
public sealed class SshdConfigurationForbidsPasswordsAndRootLogin : Check
{
    private static readonly (string Key, string Value)[] Required =
    [
        ("passwordauthentication", "no"),
        ("kbdinteractiveauthentication", "no"),
        ("permitemptypasswords", "no"),
        ("pubkeyauthentication", "yes"),
    ];

    /// <inheritdoc/>
    public override string ControlId => "ENC-03";

    /// <inheritdoc/>
    public override string Title => "sshd's effective configuration forbids passwords and root login";

    /// <summary>It evaluates sshd for every Match block and every account from every source; through the gateway's recorded hop each batch is a session of its own.</summary>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var policy = context.Inventory.Expected.Get<SshPolicyExpectation>();
        var findings = new Findings("SSH server");
        await PerHost.RunAsync(context, policy.Servers.Select(s => s.Host), findings, async transport =>
        {
            var survey = await SshdSurveys.OfAsync(context, transport.HostName, cancellationToken).ConfigureAwait(false);
            var reviewed = SshdSurveys.Review(survey, findings, Problems);
            evidence.Record(survey.Host, "sshd -T -C", $"effective sshd configuration for every Match block and every account from every source ({reviewed} evaluations)",
                $"{string.Join(", ", Required.Select(r => $"{r.Key} {r.Value}"))}, permitrootlogin no for root, authenticationmethods publickey only",
                string.Join("; ", survey.Evaluations.Select(e => Observed(e)).Distinct(StringComparer.Ordinal)),
                survey.Describe());
        }, cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{policy.Servers.Count} sshd configurations forbid passwords and root login for every Match block and every account");
    }

    /// <summary>What one evaluation allows that the requirement forbids.</summary>
    private static IEnumerable<string> Problems(SshdEvaluation e)
    {
        var config = e.Settings;
        foreach (var (key, value) in Required.Where(r => !config.Is(r.Key, r.Value)))
        {
            yield return $"{key} {config.Value(key, "(absent)")}";
        }

        if (e.Connection.User == "root" && !config.Is("permitrootlogin", "no"))
        {
            yield return $"permitrootlogin {config.Value("permitrootlogin", "(absent)")}";
        }

        var methods = config.Value("authenticationmethods", "any");
        if (methods != "any" && methods.Split(' ', ',').Any(m => m != "publickey"))
        {
            yield return $"authenticationmethods {methods}";
        }
    }

    private static string Observed(SshdEvaluation e) =>
        string.Join(", ", Required.Select(r => $"{r.Key} {e.Settings.Value(r.Key, "(absent)")}"))
        + (e.Connection.User == "root" ? $", permitrootlogin {e.Settings.Value("permitrootlogin", "(absent)")}" : "")
        + $", authenticationmethods {e.Settings.Value("authenticationmethods", "any")}";
}
