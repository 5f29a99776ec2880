using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-03: non-project, expired and revoked certificates are rejected or placed in another VLAN; a project identity is
/// accepted in the same run (positive control: the RADIUS path works). An accept counts as "another VLAN" only when the
/// reply assigns a VLAN (Tunnel-Type VLAN, Tunnel-Medium-Type IEEE-802) that is neither the room's number (leading
/// zeros included) nor its name: an accept without a VLAN leaves the port in its own VLAN, possibly the room's.
/// </summary>
public sealed class EapTlsKeepsOtherIdentitiesOutOfTheRoomVlan : Check
{
    public override string ControlId => "NET-03";

    public override string Title => "802.1X keeps other identities and expired or revoked certificates out of the security-room VLAN";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var radius = context.Inventory.Expected.Get<RadiusExpectation>();
        var results = await Radius.AuthenticateAllAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var findings = new Findings("other identity");
        if (!results.Any(r => r.Identity.Expect == "accept" && r.Result.Accepted))
        {
            findings.Unverified("Positive control failed: no project identity was accepted: a rejection would prove nothing");
        }

        var denied = results.Where(r => r.Identity.Expect != "accept").ToList();
        foreach (var (identity, result) in denied)
        {
            if (result.NoVerdict)
            {
                findings.Unverified($"no verdict for {identity.Name} ({result.Class.Describe()})");
            }
            else
            {
                findings.Probed(identity.Name);
                if (result.Accepted && result.Vlan.Relative(radius.RoomVlan, radius.RoomVlanName) is { Placement: not VlanPlacement.Other } placed)
                {
                    findings.Violation($"{identity.Name} accepted and not shown to be outside the room VLAN {radius.RoomVlan}: {placed.Why}");
                }
            }
        }

        return findings.Verdict($"{denied.Count} other identities rejected or placed in a VLAN other than {radius.RoomVlan}");
    }
}
