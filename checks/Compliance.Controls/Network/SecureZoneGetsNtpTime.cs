using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-12: the DMZ NTP server answers every Secure Zone client with synchronised time.</summary>
public sealed class SecureZoneGetsNtpTime : Check
{
    public override string ControlId => "NET-12";

    public override string Title => "The DMZ NTP server serves time to the Secure Zone";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var services = context.Inventory.Expected.Get<DmzServicesExpectation>();
        var findings = new Findings("client");
        await findings.EachAsync(services.Clients, c => c, async client =>
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, client, cancellationToken).ConfigureAwait(false);
            var line = await NtpProbe.QueryAsync(await Hosts.TransportAsync(context, client, cancellationToken).ConfigureAwait(false), services.Ntp, cancellationToken).ConfigureAwait(false);
            evidence.Record(client, $"NTP {services.Ntp}", "NTP client request", "answer from a synchronised server (stratum 1-15)", line);
            if (!NtpProbe.Synchronised(line))
            {
                findings.Violation($"no usable NTP answer: {client}: {line}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"NTP {services.Ntp} serves time to {string.Join(", ", services.Clients)}");
    }
}
