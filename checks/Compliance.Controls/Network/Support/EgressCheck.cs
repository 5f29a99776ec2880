using Compliance.Controls.Framework;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// Shape of the egress checks: per vantage, its positive controls then its probe, all vantages at once. A vantage whose
/// control or probe fails is unverified without discarding what the other vantages showed: a violation seen anywhere
/// fails the check; a check that probed no vantage is Not verified.
/// </summary>
internal static class EgressCheck
{
    public static async Task<Verdict> RunAsync(CheckContext context, EvidenceLog evidence, IReadOnlyList<string> vantages, Func<string, Task> prerequisites, Func<string, Task<string?>> probe, string passMessage, CancellationToken cancellationToken)
    {
        var findings = new Findings("vantage");
        await findings.EachAsync(vantages, v => v, async v =>
        {
            await prerequisites(v).ConfigureAwait(false);
            if (await probe(v).ConfigureAwait(false) is { } violation)
            {
                findings.Violation(violation);
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict(passMessage);
    }
}
