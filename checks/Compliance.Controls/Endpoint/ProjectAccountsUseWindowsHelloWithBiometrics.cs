using Compliance.Controls.Framework;
using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// END-02: every enabled project account has Windows Hello for Business registered, and every Windows Hello for Business
/// enrollment configuration of the tenant is enabled with biometric unlock (and the inventory's TPM and PIN demands).
/// Graph cannot show which credential was used at each sign-in; the evidence says so.
/// </summary>
public sealed class ProjectAccountsUseWindowsHelloWithBiometrics : GraphCheck
{
    /// <summary>What Graph v1.0 cannot prove, stated in the evidence of every run.</summary>
    public const string Limitation =
        "Graph v1.0 does not report the credential used at each sign-in (biometric gesture or PIN): this check proves registration and tenant configuration only.";

    /// <inheritdoc />
    public override string ControlId => "END-02";

    /// <inheritdoc />
    public override string Title => "Project accounts sign in with directory authentication plus Windows Hello biometrics";

    /// <inheritdoc />
    protected override async Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var problems = new List<string>();
        var members = await run.ProjectMembersAsync(cancellationToken).ConfigureAwait(false);
        var enabled = members.Where(m => m.AccountEnabled == true).ToList();
        if (enabled.Count == 0)
        {
            problems.Add("the project group has no enabled account");
        }

        foreach (var member in enabled)
        {
            var request = $"GET /users/{member.Id}/authentication/windowsHelloForBusinessMethods";
            var methods = await run.Reader.ListAsync<WindowsHelloForBusinessAuthenticationMethod, WindowsHelloForBusinessAuthenticationMethodCollectionResponse>(
                request, GraphPermissions.WindowsHelloReadAll,
                (g, ct) => g.Users[member.Id].Authentication.WindowsHelloForBusinessMethods.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
            run.Record(request, "at least one registration", $"{member.UserPrincipalName}: {methods.Count} registration(s) {string.Join(", ", methods.Select(m => $"{m.DisplayName} ({m.KeyStrength})"))}");
            if (methods.Count == 0)
            {
                problems.Add($"{member.UserPrincipalName} has no Windows Hello for Business registration");
            }
        }

        problems.AddRange(await HelloConfigurationReview.ProblemsAsync(run, cancellationToken).ConfigureAwait(false));
        run.Record("limitation", "the method used at each sign-in", "not available from Graph v1.0", Limitation);
        return problems.Count == 0
            ? Verdict.Pass($"{enabled.Count} project account(s) have Windows Hello for Business registered and the tenant enforces biometric unlock. {Limitation}")
            : Verdict.Fail(string.Join("; ", problems));
    }
}
