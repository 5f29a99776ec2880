using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-12: the DMZ SMTP relay greets every Secure Zone client and accepts the operations recipient.</summary>
public sealed class SecureZoneRelaysMailThroughTheDmz : Check
{
    private static readonly string[] Steps = ["ehlo", "mail", "rcpt"];

    public override string ControlId => "NET-12";

    public override string Title => "The DMZ SMTP relay accepts mail from the Secure Zone";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var services = context.Inventory.Expected.Get<DmzServicesExpectation>();
        var findings = new Findings("client");
        await findings.EachAsync(services.Clients, c => c, async client =>
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, client, cancellationToken).ConfigureAwait(false);
            var steps = await SmtpProbe.ProbeAsync(await Hosts.TransportAsync(context, client, cancellationToken).ConfigureAwait(false), services.Smtp, services.SmtpPort, services.MailFrom, services.MailTo, cancellationToken).ConfigureAwait(false);
            var observed = string.Join("; ", steps.Select(s => $"{s.Key} {s.Value}"));
            evidence.Record(client, $"SMTP {services.Smtp}:{services.SmtpPort}", $"EHLO, MAIL FROM {services.MailFrom}, RCPT TO {services.MailTo}", "220 greeting, 250 for each step", observed);
            var ok = steps.GetValueOrDefault("greeting", "").StartsWith("220", StringComparison.Ordinal)
                && Steps.All(k => steps.GetValueOrDefault(k, "").StartsWith("250", StringComparison.Ordinal));
            if (!ok)
            {
                findings.Violation($"relay refused: {client}: {observed}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"SMTP relay {services.Smtp} accepts mail from {string.Join(", ", services.Clients)}");
    }
}
