using System.Text.RegularExpressions;
using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// Looks for the enabled conditional access policy that blocks the project group in every client app, location and platform
/// except on devices matching the terminal device filter, and excludes none of the project accounts.
/// </summary>
public static partial class ConditionalAccessReview
{
    /// <summary>Empty when such a policy exists; else why none qualifies.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(GraphRun run, IReadOnlyList<User> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(members);
        const string request = "GET /identity/conditionalAccess/policies";
        var policies = await run.Reader.ListAsync<ConditionalAccessPolicy, ConditionalAccessPolicyCollectionResponse>(request, GraphPermissions.PolicyReadAll,
            (g, ct) => g.Identity.ConditionalAccess.Policies.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        var memberIds = members.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var confining = policies.Where(p => Confines(p, run.Expected.ProjectGroupId, run.Expected.TerminalDeviceFilter, memberIds)).ToList();
        run.Record(request,
            $"an enabled policy blocking group {run.Expected.ProjectGroupId} on all apps except devices matching '{run.Expected.TerminalDeviceFilter}'",
            confining.Count == 0 ? "none" : string.Join(", ", confining.Select(p => p.DisplayName)),
            string.Join("\n", policies.Select(p => $"{p.DisplayName}: state {p.State}, filter {p.Conditions?.Devices?.DeviceFilter?.Mode} '{p.Conditions?.Devices?.DeviceFilter?.Rule}'")));
        return confining.Count > 0 ? [] : ["no enabled conditional access policy blocks the project accounts outside the terminals"];
    }

    private static bool Confines(ConditionalAccessPolicy policy, string groupId, string filterRule, HashSet<string?> memberIds)
    {
        var users = policy.Conditions?.Users;
        var apps = policy.Conditions?.Applications;
        var filter = policy.Conditions?.Devices?.DeviceFilter;
        return policy.State == ConditionalAccessPolicyState.Enabled
            && users?.IncludeGroups?.Contains(groupId, StringComparer.OrdinalIgnoreCase) == true
            && (users.ExcludeGroups ?? []).Count == 0
            && !(users.ExcludeUsers ?? []).Any(memberIds.Contains)
            && apps?.IncludeApplications?.Contains("All", StringComparer.OrdinalIgnoreCase) == true
            && (apps.ExcludeApplications ?? []).Count == 0
            && (policy.Conditions!.ClientAppTypes ?? []).Contains(ConditionalAccessClientApp.All)
            && EverywhereOrUnset(policy.Conditions.Locations?.IncludeLocations, policy.Conditions.Locations?.ExcludeLocations)
            && PlatformsUnrestricted(policy.Conditions.Platforms)
            && filter is { Mode: FilterMode.Exclude }
            && Normalize(filter.Rule) == Normalize(filterRule)
            && policy.GrantControls?.BuiltInControls?.Contains(ConditionalAccessGrantControl.Block) == true;
    }

    private static bool EverywhereOrUnset(List<string>? include, List<string>? exclude) =>
        (include is null || include.Contains("All", StringComparer.OrdinalIgnoreCase)) && (exclude ?? []).Count == 0;

    private static bool PlatformsUnrestricted(ConditionalAccessPlatforms? platforms) =>
        platforms is null
        || ((platforms.IncludePlatforms is null || platforms.IncludePlatforms.Contains(ConditionalAccessDevicePlatform.All))
            && (platforms.ExcludePlatforms ?? []).Count == 0);

    private static string Normalize(string? rule) => Spaces().Replace(rule ?? "", " ").Trim().ToUpperInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
