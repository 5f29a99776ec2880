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
        var wrong = (await Task.WhenAll(services.Clients.Select(async client =>
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, client, cancellationToken).ConfigureAwait(false);
            var line = await NtpProbe.QueryAsync(await Hosts.TransportAsync(context, client, cancellationToken).ConfigureAwait(false), services.Ntp, cancellationToken).ConfigureAwait(false);
            evidence.Record(client, $"NTP {services.Ntp}", "NTP client request", "answer from a synchronised server (stratum 1-15)", line);
            return NtpProbe.Synchronised(line) ? null : $"{client}: {line}";
        })).ConfigureAwait(false)).OfType<string>().ToList();
        return wrong.Count == 0
            ? Verdict.Pass($"NTP {services.Ntp} serves time to {string.Join(", ", services.Clients)}")
            : Verdict.Fail($"no usable NTP answer: {string.Join("; ", wrong)}");
    }
}
