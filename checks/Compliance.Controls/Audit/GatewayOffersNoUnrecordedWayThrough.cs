using Compliance.Controls.Framework;
using Compliance.Core.Transport;
using Compliance.Probes.Audit;
using Compliance.Probes.Shell;

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
        var findings = new Findings();
        var gateway = await context.Transports.ForHostAsync(expected.Gateway, cancellationToken).ConfigureAwait(false);
        foreach (var user in expected.RecordedUsers.Append(expected.SessionUser).Distinct())
        {
            var sshd = await HostCommand.OutputAsync(gateway, cancellationToken, "sshd", "-T", "-C", $"user={user},host=client,addr={context.Inventory.Host(expected.SessionFrom).Address}").ConfigureAwait(false);
            var settings = SshdSettings.Parse(sshd);
            foreach (var problem in SshdSettings.Problems(settings, expected.ForceCommand))
            {
                findings.Violation($"{expected.Gateway} sshd for {user}: {problem}");
            }

            evidence.Record(expected.Gateway, "sshd", $"sshd -T -C user={user}", $"forwarding and tunnels off, forcecommand {expected.ForceCommand}",
                string.Join("; ", SshdSettings.Relevant.Select(k => $"{k} {settings.GetValueOrDefault(k, "(unset)")}")));
        }

        await using var session = await GatewaySession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
        try
        {
            await session.ProveHopAsync(evidence, cancellationToken).ConfigureAwait(false);
        }
        catch (PrerequisiteFailedException e)
        {
            findings.Unverified(e.Message);
        }

        var target = $"{session.TargetAddress}:22";
        var probes = new (string Name, string Program, string[] Args, string? Input, Func<CommandResult, ForwardingOutcome> Classify)[]
        {
            ($"ssh -W {target} (direct-tcpip, as -L/-D/-J use)", "ssh", ["-W", target, session.Login], "", BypassClassifier.StdioForward),
            ($"ssh -J {session.Login} {expected.SessionUser}@{session.TargetAddress} true (as ProxyCommand ssh -W, the client's options kept)", "ssh", ["-o", $"ProxyCommand={session.ProxyCommand}", $"{expected.SessionUser}@{session.TargetAddress}", "true"], "", r => BypassClassifier.Jump(r, session.TargetAddress)),
            ("ssh -R 0:127.0.0.1:22 (remote forward)", "ssh", ["-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:22", session.Login, expected.SessionTarget, "true"], "", BypassClassifier.RemoteForward),
            ("sftp subsystem", "sftp", ["-b", "-", session.Login], "pwd\n", BypassClassifier.Sftp),
        };
        foreach (var (name, program, args, input, classify) in probes)
        {
            var result = await session.Client.RunAsync(program, args, input, cancellationToken).ConfigureAwait(false);
            var outcome = classify(result);
            evidence.Record(session.Client.From, expected.Gateway, name, "Refused", outcome.ToString(), $"exit {result.ExitCode}\n{result.StandardError}");
            if (outcome == ForwardingOutcome.Allowed)
            {
                findings.Violation($"{name} got through the gateway unrecorded");
            }
            else if (outcome == ForwardingOutcome.Unknown)
            {
                findings.Unverified($"{name}: unclassified result (exit {result.ExitCode}: {result.StandardError.Trim()})");
            }
        }

        return findings.Verdict($"{expected.Gateway} refuses -W/-J/-R and sftp, and forces {expected.ForceCommand} with forwarding off for {string.Join(", ", expected.RecordedUsers)}.");
    }
}
