using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>NET-03: every dedicated project identity authenticates by EAP-TLS and is assigned the room VLAN.</summary>
public sealed class EapTlsPlacesProjectAccountsInTheRoomVlan : Check
{
    public override string ControlId => "NET-03";

    public override string Title => "802.1X EAP-TLS places the dedicated project accounts in the security-room VLAN";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var radius = context.Inventory.Expected.Get<RadiusExpectation>();
        var results = (await Radius.AuthenticateAllAsync(context, evidence, cancellationToken).ConfigureAwait(false)).Where(r => r.Identity.Expect == "accept").ToList();
        var findings = new Findings("project identity");
        foreach (var (identity, result) in results)
        {
            if (result.NoVerdict)
            {
                findings.Unverified($"the RADIUS server gave no verdict for {identity.Name}: {result.Class.Describe()}");
                continue;
            }

            findings.Probed(identity.Name);
            var placed = result.Vlan.Relative(radius.RoomVlan, radius.RoomVlanName);
            if (!result.Accepted || placed.Placement != VlanPlacement.Room)
            {
                findings.Violation($"{identity.Name} not placed in VLAN {radius.RoomVlan}: {(result.Accepted ? placed.Why : result.Class.Describe())}");
            }
        }

        return findings.Verdict($"{results.Count} project identities accepted into VLAN {radius.RoomVlan}");
    }
}
