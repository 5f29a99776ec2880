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
        var findings = new Findings("other identity");
        if (!results.Any(r => r.Identity.Expect == "accept" && r.Result.Accepted))
        {
            findings.Unverified("Positive control failed: no project identity was accepted: a rejection would prove nothing");
        }

        var denied = results.Where(r => r.Identity.Expect != "accept").ToList();
        foreach (var (identity, result) in denied)
        {
            if (result.Accepted && result.Vlan == radius.RoomVlan)
            {
                findings.Violation($"placed in the room VLAN {radius.RoomVlan}: {identity.Name}");
            }

            if (result.NoVerdict)
            {
                findings.Unverified($"no verdict for {identity.Name} ({result.Class.Describe()})");
            }
            else
            {
                findings.Probed(identity.Name);
            }
        }

        return findings.Verdict($"{denied.Count} other identities rejected or kept out of VLAN {radius.RoomVlan}");
    }
}
