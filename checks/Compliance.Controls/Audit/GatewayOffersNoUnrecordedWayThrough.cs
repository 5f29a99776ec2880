using Compliance.Controls.Framework;
using Compliance.Probes.Audit;
using Compliance.Probes.Sshd;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-01: the recorded hop is the only way through the gateway. From the terminal, as the session user (who can
/// use the hop: positive control), the gateway refuses a TCP channel to the target (<c>ssh -W</c>, the channel
/// behind <c>-J</c>, <c>-L</c> and <c>-D</c>), a jump (<c>ssh -J</c>), a remote forward (<c>-R</c>) and the sftp
/// subsystem; and its effective sshd configuration for every recorded user disables forwarding and tunnels and
/// forces the recorded hop.
/// </summary>
public sealed class GatewayOffersNoUnrecordedWayThrough : Check
{
    /// <inheritdoc/>
    public override string ControlId => "AUD-01";

    /// <inheritdoc/>
    public override string Title => "The gateway offers no unrecorded way through";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<Core.Inventory.Expected.RecordingsExpectation>();
        var findings = new Findings("recorded user");
        var gateway = await context.Transports.ForHostAsync(expected.Gateway, cancellationToken).ConfigureAwait(false);
        await findings.EachInTurnAsync(expected.RecordedUsers.Append(expected.SessionUser).Distinct(), u => $"sshd for {u}", async user =>
        {
            var connection = new SshdConnection(user, "client", context.Inventory.Host(expected.SessionFrom).Address);
            var settings = await SshdSettingsReader.ReadAsync(gateway, connection, cancellationToken).ConfigureAwait(false);
            foreach (var problem in RecordedHopSshdReview.Problems(settings, expected.ForceCommand))
            {
                findings.Violation($"{expected.Gateway} sshd for {user}: {problem}");
            }

            evidence.Record(expected.Gateway, "sshd", $"sshd -T -C {connection.Specification}", $"forwarding and tunnels off, forcecommand {expected.ForceCommand}",
                RecordedHopSshdReview.Describe(settings));
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
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

        return findings.Verdict($"{expected.Gateway} refuses -W/-J/-R and sftp, and forces {expected.ForceCommand} with forwarding off for {string.Join(", ", expected.RecordedUsers)}.");
    }
}
