using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Sshd;

namespace Compliance.Controls.Encryption;

/// <summary>ENC-03: on every SSH server, the effective configuration (<c>sshd -T</c>) forbids passwords, keyboard-interactive, empty passwords and root login.</summary>
public sealed class SshdConfigurationForbidsPasswordsAndRootLogin : Check
{
    private static readonly (string Key, string Value)[] Required =
    [
        ("passwordauthentication", "no"),
        ("kbdinteractiveauthentication", "no"),
        ("permitemptypasswords", "no"),
        ("permitrootlogin", "no"),
        ("pubkeyauthentication", "yes"),
    ];

    public override string ControlId => "ENC-03";

    public override string Title => "sshd's effective configuration forbids passwords and root login";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var policy = context.Inventory.Expected.Get<SshPolicyExpectation>();
        var findings = await Findings.OfEachAsync(policy.Servers, async s =>
        {
            var config = await SshdSettingsReader.ReadAsync(await Hosts.TransportAsync(context, s.Host, cancellationToken).ConfigureAwait(false), null, cancellationToken).ConfigureAwait(false);
            var observed = Required.Select(r => $"{r.Key} {config.Value(r.Key, "(absent)")}").ToList();
            var wrong = Required.Where(r => !config.Is(r.Key, r.Value)).Select(r => $"{r.Key} {config.Value(r.Key, "(absent)")}").ToList();
            var methods = config.Value("authenticationmethods", "any");
            if (methods != "any" && methods.Split(' ', ',').Any(m => m != "publickey"))
            {
                wrong.Add($"authenticationmethods {methods}");
            }

            evidence.Record(s.Host, "sshd -T", "effective sshd configuration", string.Join(", ", Required.Select(r => $"{r.Key} {r.Value}")), string.Join(", ", observed) + $", authenticationmethods {methods}");
            return wrong.Count > 0 ? $"{s.Host}: {string.Join(", ", wrong)}" : null;
        }, s => s.Host, "SSH server", cancellationToken).ConfigureAwait(false);
        return findings.Verdict($"{policy.Servers.Count} sshd configurations forbid passwords and root login");
    }
}
