using System.Security.Cryptography;
using Compliance.Controls.Framework;
using Compliance.Probes.Audit;

namespace Compliance.Controls.Audit;

/// <summary>
/// AUD-01: a real interactive SSH session through the gateway, from a terminal as the session user, types a unique
/// marker; afterwards a new ttyrec recording on the gateway holds both what was typed and what the target printed.
/// </summary>
public sealed class GatewaySessionsAreRecordedWithWhatWasTyped : Check
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public override string ControlId => "AUD-01";

    /// <inheritdoc/>
    public override string Title => "Gateway sessions are recorded with what was typed and shown";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        await using var session = await GatewaySession.OpenAsync(context, cancellationToken).ConfigureAwait(false);
        var expected = session.Expected;
        var gateway = await context.Transports.ForHostAsync(expected.Gateway, cancellationToken).ConfigureAwait(false);
        var before = await RecordingFiles.ListAsync(gateway, expected.Directory, cancellationToken).ConfigureAwait(false);

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        var typed = $"AUD01-{id}-$((6*7))";
        var shown = $"AUD01-{id}-42";
        var result = await session.TypeAsync($"echo {typed}", shown, cancellationToken).ConfigureAwait(false);
        evidence.Record(session.Client.From, expected.Gateway, $"ssh -tt {session.Login} {expected.SessionTarget}; typed 'echo {typed}', exit", $"target prints {shown}", $"exit {result.ExitCode}; printed marker: {result.Shown}", result.Raw);
        if (!result.Shown)
        {
            throw new PrerequisiteFailedException($"the session through {expected.Gateway} did not reach {expected.SessionTarget} (exit {result.ExitCode}): {result.Error.Trim()}");
        }

        var deadline = context.Clock.GetUtcNow() + Settle;
        IReadOnlyList<string> withTyped = [], withShown = [], fresh = [];
        while (true)
        {
            var after = await RecordingFiles.ListAsync(gateway, expected.Directory, cancellationToken).ConfigureAwait(false);
            fresh = [.. after.Except(before).Order(StringComparer.Ordinal)];
            withTyped = await RecordingFiles.ContainingAsync(gateway, fresh, typed, cancellationToken).ConfigureAwait(false);
            withShown = await RecordingFiles.ContainingAsync(gateway, fresh, shown, cancellationToken).ConfigureAwait(false);
            if ((withTyped.Count > 0 && withShown.Count > 0) || context.Clock.GetUtcNow() > deadline)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        }

        evidence.Record(expected.Gateway, expected.Directory, $"new recordings containing '{typed}' (typed) and '{shown}' (shown)", "a new recording holds both",
            $"new recordings: {(fresh.Count == 0 ? "none" : string.Join(", ", fresh))}; with typed: {string.Join(", ", withTyped)}; with shown: {string.Join(", ", withShown)}");
        return fresh.Count == 0 ? Verdict.Fail($"the session through {expected.Gateway} left no new recording in {expected.Directory}")
            : withTyped.Intersect(withShown).Any() ? Verdict.Pass($"The session's typed and shown marker are in the new recording {withTyped.Intersect(withShown).First()}.")
            : Verdict.Fail($"no new recording in {expected.Directory} holds the session's marker (new: {string.Join(", ", fresh)})");
    }
}
