using Compliance.Controls.Framework;

namespace Compliance.Controls.Network.Support;

/// <summary>Shape of the egress checks: positive controls, then one probe per vantage in parallel, violations collected.</summary>
internal static class EgressCheck
{
    public static async Task<Verdict> RunAsync(CheckContext context, EvidenceLog evidence, IReadOnlyList<string> vantages, Func<string, Task> prerequisites, Func<string, Task<string?>> probe, string passMessage)
    {
        if (vantages.Count == 0)
        {
            throw new PrerequisiteFailedException("the inventory names no vantage for this check");
        }

        await Task.WhenAll(vantages.Select(prerequisites)).ConfigureAwait(false);
        var violations = (await Task.WhenAll(vantages.Select(probe)).ConfigureAwait(false)).OfType<string>().ToList();
        return violations.Count > 0 ? Verdict.Fail(string.Join("; ", violations)) : Verdict.Pass(passMessage);
    }
}
