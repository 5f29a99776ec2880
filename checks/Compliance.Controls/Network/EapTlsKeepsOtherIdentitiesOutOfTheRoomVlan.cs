using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-03: non-project, expired and revoked certificates are rejected or placed in another VLAN; a project identity is
/// accepted in the same run (positive control: the RADIUS path works).
/// </summary>
public sealed class EapTlsKeepsOtherIdentitiesOutOfTheRoomVlan : Check
{
    public override string ControlId => "NET-03";

    public override string Title => "802.1X keeps other identities and expired or revoked certificates out of the security-room VLAN";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var radius = context.Inventory.Expected.Get<RadiusExpectation>();
        var results = await Radius.AuthenticateAllAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        if (!results.Any(r => r.Identity.Expect == "accept" && r.Result.Accepted))
        {
            throw new PrerequisiteFailedException("no project identity was accepted: a rejection would prove nothing");
        }

        var denied = results.Where(r => r.Identity.Expect != "accept").ToList();
        var odd = denied.Where(r => r.Result.NoVerdict).ToList();
        if (odd.Count > 0)
        {
            throw new PrerequisiteFailedException($"no verdict for {string.Join(", ", odd.Select(o => $"{o.Identity.Name} ({o.Result.Class.Describe()})"))}");
        }

        var admitted = denied.Where(r => r.Result.Accepted && r.Result.Vlan == radius.RoomVlan).Select(r => r.Identity.Name).ToList();
        return admitted.Count == 0
            ? Verdict.Pass($"{denied.Count} other identities rejected or kept out of VLAN {radius.RoomVlan}")
            : Verdict.Fail($"placed in the room VLAN {radius.RoomVlan}: {string.Join(", ", admitted)}");
    }
}
