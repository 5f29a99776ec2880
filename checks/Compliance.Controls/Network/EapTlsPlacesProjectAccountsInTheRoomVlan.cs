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
        if (results.Count == 0)
        {
            throw new PrerequisiteFailedException("the inventory lists no identity expected to be accepted");
        }

        var odd = results.Where(r => r.Result.NoVerdict).ToList();
        if (odd.Count == results.Count)
        {
            throw new PrerequisiteFailedException($"the RADIUS server gave no verdict: {string.Join("; ", odd.Select(o => $"{o.Identity.Name}: {o.Result.Class.Describe()}"))}");
        }

        var findings = new Findings();
        foreach (var (identity, result) in results)
        {
            var placed = result.Vlan.Relative(radius.RoomVlan, radius.RoomVlanName);
            if (result.NoVerdict)
            {
                findings.Unverified($"no verdict for {identity.Name} ({result.Class.Describe()})");
            }
            else if (!result.Accepted || placed.Placement != VlanPlacement.Room)
            {
                findings.Violation($"{identity.Name} not placed in VLAN {radius.RoomVlan}: {(result.Accepted ? placed.Why : result.Class.Describe())}");
            }
        }

        return findings.Verdict($"{results.Count} project identities accepted into VLAN {radius.RoomVlan}");
    }
}
