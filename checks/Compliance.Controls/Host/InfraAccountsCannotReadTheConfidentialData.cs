using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>
/// HOST-02: a real read of the store's marker file as each infra account is refused by the kernel, and no file of
/// the store is readable by that account (<c>find -readable</c> as the account). Positive control: a project
/// member reads the marker the same way; without it only a successful read by an infra account is conclusive. An
/// infra account the host cannot resolve by name leaves the check not verified.
/// </summary>
public sealed class InfraAccountsCannotReadTheConfidentialData : Check
{
    /// <inheritdoc/>
    public override string ControlId => "HOST-02";

    /// <inheritdoc/>
    public override string Title => "Infra accounts cannot read the confidential data";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var data = context.Inventory.Expected.Get<DataExpectation>();
        var infra = context.Inventory.Expected.Get<SudoExpectation>().InfraAccounts;
        var transport = await context.Transports.ForHostAsync(data.Host, cancellationToken).ConfigureAwait(false);
        var marker = $"{data.Path.TrimEnd('/')}/{data.Marker}";
        var reader = data.Reader ?? data.Owner;
        var (ownerRead, ownerDetail) = await ReadAttempt.TryAsync(transport, reader, marker, cancellationToken).ConfigureAwait(false);
        evidence.Record(data.Host, marker, $"runuser -u {reader} -- head -c 64 (content discarded)", "read (positive control)", ownerRead.ToString(), ownerDetail);
        var findings = new Findings("infra account");
        if (ownerRead != ReadOutcome.Read)
        {
            findings.Unverified($"Positive control failed: the project member {reader} could not read {marker} on {data.Host} ({ownerRead}: {ownerDetail}), so a refusal proves nothing");
        }

        await findings.EachInTurnAsync(infra, u => u, async user =>
        {
            var (outcome, detail) = await ReadAttempt.TryAsync(transport, user, marker, cancellationToken).ConfigureAwait(false);
            evidence.Record(data.Host, marker, $"runuser -u {user} -- head -c 64 (content discarded)", "Denied", outcome.ToString(), detail);
            switch (outcome)
            {
                case ReadOutcome.Read:
                    findings.Violation($"{user} read {marker}");
                    break;
                case ReadOutcome.NoSuchUser:
                    findings.Unverified($"infra account {user} cannot be resolved on {data.Host} (absent, or its directory unreachable), so its access is unknown");
                    return;
                case ReadOutcome.Denied:
                    break;
                default:
                    findings.Unverified($"reading {marker} as {user}: {outcome} ({detail})");
                    return;
            }

            var readable = await ReadableFilesProbe.FindAsync(transport, user, data.Path, cancellationToken).ConfigureAwait(false);
            foreach (var file in readable.Files)
            {
                findings.Violation($"{user} can read {file}");
            }

            evidence.Record(data.Host, data.Path, $"runuser -u {user} -- find -readable -type f", "none", readable.Files.Count == 0 ? "none" : string.Join(", ", readable.Files), readable.Errors);
        }, cancellationToken, context.Redactor).ConfigureAwait(false);

        return findings.Verdict($"The project member {reader} reads {marker}; {string.Join(", ", infra)} are refused and can read no file of {data.Path}.");
    }
}
