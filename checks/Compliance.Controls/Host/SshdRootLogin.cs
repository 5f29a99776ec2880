using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;

namespace Compliance.Controls.Host;

/// <summary>
/// Whether root may log in over SSH on a server: sshd's effective PermitRootLogin for root from every source
/// address and under every Match block that can apply to root (<c>sshd -T -C user=root,...</c>).
/// </summary>
internal static class SshdRootLogin
{
    /// <summary>
    /// Records a violation for every PermitRootLogin other than <c>no</c> (unless <paramref name="allowed"/>), and
    /// what could not be read as unverified; returns the values seen for evidence.
    /// </summary>
    public static async Task<string> ReviewAsync(CheckContext context, string host, bool allowed, Findings findings, CancellationToken ct)
    {
        var survey = await SshdSurveys.ReviewAsync(context, host, findings,
            e => allowed || e.Settings.Is("permitrootlogin", "no") ? [] : [$"root may log in over SSH (permitrootlogin {e.Settings.Value("permitrootlogin", "(absent)")})"],
            ct, e => e.Connection.User == "root").ConfigureAwait(false);
        return survey is null ? "unknown"
            : string.Join(", ", survey.For("root").Select(e => e.Settings.Value("permitrootlogin", "(absent)")).Distinct(StringComparer.Ordinal))
              + $" ({survey.For("root").Count()} evaluations for root)";
    }
}
