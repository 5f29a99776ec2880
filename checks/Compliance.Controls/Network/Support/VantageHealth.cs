using Compliance.Controls.Framework;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// Positive control of a vantage: it runs commands, has a default route and its router answers on the link.
/// A dead vantage, a link down or a missing route makes every deny probe from it meaningless.
/// </summary>
internal static class VantageHealth
{
    public static async Task EnsureAliveAsync(CheckContext context, EvidenceLog evidence, string vantage, CancellationToken ct)
    {
        var link = await context.Probes.GetAsync($"alive|{vantage}", async ct =>
            await VantageLinkProbe.ReadAsync(await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false), ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        evidence.Record(vantage, link.Router is null ? "default router" : $"default router {link.Router}", "vantage positive control (route + router on link)", "alive", link.Raw);
        if (!link.Alive)
        {
            throw new PrerequisiteFailedException($"vantage {vantage} is not usable: {link.Raw}");
        }
    }
}
