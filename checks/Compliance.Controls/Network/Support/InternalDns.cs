using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>UDP positive control: the internal resolver answers an internal name for the vantage.</summary>
internal static class InternalDns
{
    public static async Task RequireResolvesAsync(CheckContext context, EvidenceLog evidence, string vantage, CancellationToken ct)
    {
        var egress = context.Inventory.Expected.Get<EgressExpectation>();
        var answer = await context.Probes.GetAsync($"dns-internal|{vantage}", async ct =>
            await DnsProbe.QueryAsync(await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false), egress.InternalResolver, egress.InternalName, "udp", ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        evidence.Record(vantage, $"internal resolver {egress.InternalResolver}", $"DNS A {egress.InternalName} over UDP (positive control)", "answer", answer.Raw);
        if (!answer.Resolved)
        {
            throw new PrerequisiteFailedException($"{vantage} gets no answer for {egress.InternalName} from the internal resolver: {answer.Raw}");
        }
    }
}
