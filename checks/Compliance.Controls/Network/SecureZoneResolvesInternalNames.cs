using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-12: the DMZ resolver answers every internal name with its inventory address for every Secure Zone client.</summary>
public sealed class SecureZoneResolvesInternalNames : Check
{
    public override string ControlId => "NET-12";

    public override string Title => "The DMZ DNS resolves internal names for the Secure Zone";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var services = context.Inventory.Expected.Get<DmzServicesExpectation>();
        var jobs = from client in services.Clients from name in services.InternalNames select Resolve(client, name);
        var wrong = (await Task.WhenAll(jobs).ConfigureAwait(false)).OfType<string>().ToList();
        return wrong.Count == 0
            ? Verdict.Pass($"{services.InternalNames.Count} internal names resolved correctly for {string.Join(", ", services.Clients)}")
            : Verdict.Fail(string.Join("; ", wrong));

        async Task<string?> Resolve(string client, DnsName name)
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, client, cancellationToken).ConfigureAwait(false);
            var answer = await DnsProbe.QueryAsync(await Hosts.TransportAsync(context, client, cancellationToken).ConfigureAwait(false), services.Dns, name.Name, "udp", cancellationToken).ConfigureAwait(false);
            evidence.Record(client, $"DNS {services.Dns}", $"A {name.Name}", name.Address, answer.Raw);
            return answer.Addresses.Contains(name.Address) ? null : $"{client}: {name.Name} -> {answer.Raw} (expected {name.Address})";
        }
    }
}
