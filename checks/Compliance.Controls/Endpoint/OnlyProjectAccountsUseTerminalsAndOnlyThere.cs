using Compliance.Controls.Framework;
using Compliance.Controls.Graph;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// END-01: the terminal device group holds exactly the inventory's terminals, an enabled conditional access policy blocks
/// the project accounts on every device but the terminals, and the sign-in logs of the look-back window show no other
/// account on a terminal and no project account anywhere else.
/// </summary>
public sealed class OnlyProjectAccountsUseTerminalsAndOnlyThere : GraphCheck
{
    /// <inheritdoc />
    public override string ControlId => "END-01";

    /// <inheritdoc />
    public override string Title => "Only the project accounts use the terminals, and they sign in nowhere else";

    /// <inheritdoc />
    protected override async Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var members = await run.ProjectMembersAsync(cancellationToken).ConfigureAwait(false);
        var devices = await run.TerminalDevicesAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        if (members.Count == 0)
        {
            problems.Add("the project group has no user members");
        }

        problems.AddRange(TerminalGroupReview.Compare(run, devices));
        problems.AddRange(await ConditionalAccessReview.ProblemsAsync(run, members, cancellationToken).ConfigureAwait(false));
        problems.AddRange(await SignInReview.ProblemsAsync(run, members, devices, cancellationToken).ConfigureAwait(false));
        return problems.Count == 0
            ? Verdict.Pass($"{members.Count} project account(s) are confined to the {devices.Count} terminal(s) by conditional access, and the last {run.Expected.SignInLookbackDays} days of sign-ins show no other use")
            : Verdict.Fail(string.Join("; ", problems));
    }
}
