using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>EAP-TLS exchanges of the run (one per identity), with evidence; the shared secret is read from its file, registered with the run's redactor, handed to the vantage on standard input only, and never recorded.</summary>
internal static class Radius
{
    public static async Task<IReadOnlyList<(RadiusIdentity Identity, EapTlsResult Result)>> AuthenticateAllAsync(CheckContext context, EvidenceLog evidence, CancellationToken ct)
    {
        var radius = context.Inventory.Expected.Get<RadiusExpectation>();
        var results = await context.Probes.GetAsync("radius", async ct =>
        {
            if (context.Inventory.Host(radius.Vantage).Transport.Via is { } via)
            {
                throw new PrerequisiteFailedException($"the RADIUS vantage {radius.Vantage} is reached through {via}'s recorded hop, which would record the shared secret: eapol_test runs only on a vantage reached directly");
            }

            var path = Path.IsPathRooted(radius.SecretFile) ? radius.SecretFile : Path.Combine(context.Inventory.Directory, radius.SecretFile);
            var secret = (await File.ReadAllTextAsync(path, ct).ConfigureAwait(false)).Trim();
            context.Redactor.Add(secret);
            var vantage = await Hosts.TransportAsync(context, radius.Vantage, ct).ConfigureAwait(false);
            var list = new List<(RadiusIdentity, EapTlsResult)>();
            foreach (var identity in radius.Identities)
            {
                list.Add((identity, await EapTlsProbe.AuthenticateAsync(vantage, radius.ProbeAccount, radius.Server, secret, identity.Config, ct).ConfigureAwait(false)));
            }

            return list;
        }, ct).ConfigureAwait(false);
        foreach (var (identity, result) in results)
        {
            evidence.Record(radius.Vantage, $"RADIUS {radius.Server}", $"eapol_test EAP-TLS as {identity.Name} ({identity.Config})",
                identity.Expect == "accept" ? $"accept, VLAN {radius.RoomVlan}{(radius.RoomVlanName is null ? "" : $" ({radius.RoomVlanName})")}" : $"reject, or accept into a VLAN other than {radius.RoomVlan}{(radius.RoomVlanName is null ? "" : $" ({radius.RoomVlanName})")}", EapTlsProbe.Describe(result), result.Raw);
        }

        return results;
    }
}
