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
        var findings = new Findings("name");
        var queries = from client in services.Clients from name in services.InternalNames select (Client: client, Name: name);
        await findings.EachAsync(queries, q => $"{q.Client} {q.Name.Name}", q => Resolve(q.Client, q.Name), cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{services.InternalNames.Count} internal names resolved correctly for {string.Join(", ", services.Clients)}");
        async Task Resolve(string client, DnsName name)
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, client, cancellationToken).ConfigureAwait(false);
            var answer = await DnsProbe.QueryAsync(await Hosts.TransportAsync(context, client, cancellationToken).ConfigureAwait(false), services.Dns, name.Name, "udp", cancellationToken).ConfigureAwait(false);
            evidence.Record(client, $"DNS {services.Dns}", $"A {name.Name}", name.Address, answer.Raw);
            if (!answer.Addresses.Contains(name.Address))
            {
                findings.Violation($"{client}: {name.Name} -> {answer.Raw} (expected {name.Address})");
            }
        }
    }
}
