using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Probes.Audit;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-01: the recorded hop is the only way through the gateway. From the terminal, as the session user (who can
/// use the hop: positive control), the gateway refuses a TCP channel to the target (<c>ssh -W</c>, the channel
/// behind <c>-J</c>, <c>-L</c> and <c>-D</c>), a jump (<c>ssh -J</c>), a remote forward (<c>-R</c>) and the sftp
/// subsystem; and its effective sshd configuration (<c>sshd -T -C</c> for every Match block, and for every account,
/// recorded users included, from every source) disables forwarding and tunnels and forces the recorded hop.
/// </summary>
public sealed class GatewayOffersNoUnrecordedWayThrough : Check
{
    /// <inheritdoc/>
    public override string ControlId => "AUD-01";

    /// <inheritdoc/>
    public override string Title => "The gateway offers no unrecorded way through";

    /// <summary>It evaluates sshd for every Match block and every account from every source; through the gateway's recorded hop each batch is a session of its own.</summary>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<Core.Inventory.Expected.RecordingsExpectation>();
        var findings = new Findings("gateway path");
        if (await SshdSurveys.ReviewAsync(context, expected.Gateway, findings, e => RecordedHopSshdReview.Problems(e.Settings, expected.ForceCommand), cancellationToken).ConfigureAwait(false) is { } survey)
        {
            evidence.Record(expected.Gateway, "sshd", $"sshd -T -C for every Match block and every account from every source ({survey.Evaluations.Count} evaluations)",
                $"forwarding and tunnels off, forcecommand {expected.ForceCommand}",
                string.Join(" | ", survey.Evaluations.Select(e => RecordedHopSshdReview.Describe(e.Settings)).Distinct(StringComparer.Ordinal)),
                survey.Describe());
        }

        await findings.EachInTurnAsync([expected.SessionUser], u => $"bypass attempts as {u}", async _ =>
        {
            await using var session = await GatewaySession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
            try
            {
                await session.ProveHopAsync(evidence, cancellationToken).ConfigureAwait(false);
            }
            catch (PrerequisiteFailedException e)
            {
                findings.Unverified(e.Message);
            }

            var attempts = await BypassAttempts.TryAllAsync(session.Client, session.Login, session.TargetAddress, expected.SessionUser, expected.SessionTarget, cancellationToken).ConfigureAwait(false);
            foreach (var attempt in attempts)
            {
                evidence.Record(session.Client.From, expected.Gateway, attempt.Name, "Refused", attempt.Outcome.ToString(), attempt.Raw);
                if (attempt.Outcome == ForwardingOutcome.Allowed)
                {
                    findings.Violation($"{attempt.Name} got through the gateway unrecorded");
                }
                else if (attempt.Outcome == ForwardingOutcome.Unknown)
                {
                    findings.Unverified($"{attempt.Name}: unclassified result (exit {attempt.ExitCode}: {attempt.Error.Trim()})");
                }
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);

        return findings.Verdict($"{expected.Gateway} refuses -W/-J/-R and sftp, and forces {expected.ForceCommand} with forwarding off for every account ({string.Join(", ", expected.RecordedUsers)} among them) from every source.");
    }
}
