using Compliance.Controls.Framework;
using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// END-05: the device local administrator role is held only by the inventory's admin group, whose members all belong to the
/// admin department and none to the project; registering users do not become local admins; LAPS is on and has a backup
/// for every Windows terminal. The role, the registration policy and LAPS govern Windows devices: a terminal the register
/// declares with another operating system (the Mac infra terminal) leaves the check Not verified when nothing failed.
/// </summary>
public sealed class TerminalLocalAdminsAreASeparateDepartment : GraphCheck
{
    /// <summary>Template ID of the built-in role "Microsoft Entra Joined Device Local Administrator".</summary>
    public const string DeviceLocalAdminRole = "9f06204d-73c1-4d4c-880a-6edb90606fd8";

    /// <inheritdoc />
    public override string ControlId => "END-05";

    /// <inheritdoc />
    public override string Title => "Administrator rights on the terminals belong to a separate department, never to their users";

    /// <inheritdoc />
    protected override async Task<Verdict> EvaluateAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var problems = new List<string>();
        problems.AddRange(await RoleHoldersAsync(run, cancellationToken).ConfigureAwait(false));
        problems.AddRange(await AdminGroupMembersAsync(run, cancellationToken).ConfigureAwait(false));
        problems.AddRange(await LocalAdminPolicyReview.ProblemsAsync(run, cancellationToken).ConfigureAwait(false));
        var others = run.NonWindowsTerminals();
        return problems.Count > 0 ? Verdict.Fail(string.Join("; ", problems))
            : others.Count > 0 ? Verdict.NotVerified($"nothing failed on the Windows terminals, but {string.Join(", ", others)} is registered with another operating system, whose local administrators the Entra role and LAPS do not govern")
            : Verdict.Pass($"only group {run.Expected.LocalAdminGroupId} ({run.Expected.LocalAdminDepartment}) administers the terminals; registering users are not local admins; LAPS backs up every terminal");
    }

    private static async Task<IReadOnlyList<string>> RoleHoldersAsync(GraphRun run, CancellationToken cancellationToken)
    {
        const string filter = $"roleDefinitionId eq '{DeviceLocalAdminRole}'";
        const string request = $"GET /roleManagement/directory/roleAssignments?$filter={filter}&$expand=principal";
        var assignments = await run.Reader.ListAsync<UnifiedRoleAssignment, UnifiedRoleAssignmentCollectionResponse>(request, GraphPermissions.RoleManagementRead,
            (g, ct) => g.RoleManagement.Directory.RoleAssignments.GetAsync(rc =>
            {
                rc.QueryParameters.Filter = filter;
                rc.QueryParameters.Expand = ["principal"];
            }, ct), cancellationToken).ConfigureAwait(false);
        var holders = assignments.Where(a => TenantReads.SameName(a.RoleDefinitionId, DeviceLocalAdminRole)).ToList();
        run.Record(request, $"only group {run.Expected.LocalAdminGroupId}", string.Join(", ", holders.Select(Describe)));
        var problems = holders.Where(a => !TenantReads.SameName(a.PrincipalId, run.Expected.LocalAdminGroupId))
            .Select(a => $"{Describe(a)} holds the device local administrator role").ToList();
        if (!holders.Any(a => TenantReads.SameName(a.PrincipalId, run.Expected.LocalAdminGroupId)))
        {
            problems.Add($"group {run.Expected.LocalAdminGroupId} does not hold the device local administrator role");
        }

        return problems;
    }

    private static async Task<IReadOnlyList<string>> AdminGroupMembersAsync(GraphRun run, CancellationToken cancellationToken)
    {
        var admins = await run.GroupUsersAsync(run.Expected.LocalAdminGroupId, cancellationToken).ConfigureAwait(false);
        var project = (await run.ProjectMembersAsync(cancellationToken).ConfigureAwait(false)).Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return admins
            .Where(a => project.Contains(a.Id) || !TenantReads.SameName(a.Department, run.Expected.LocalAdminDepartment))
            .Select(a => project.Contains(a.Id)
                ? $"project account {a.UserPrincipalName} is in the local admin group"
                : $"local admin {a.UserPrincipalName} is in department '{a.Department}', not '{run.Expected.LocalAdminDepartment}'")
            .ToList();
    }

    private static string Describe(UnifiedRoleAssignment a) => a.Principal switch
    {
        User u => $"user {u.UserPrincipalName}",
        Group g => $"group {g.DisplayName} ({g.Id})",
        { } other => $"{other.OdataType} {a.PrincipalId}",
        null => $"principal {a.PrincipalId}",
    } + $" at scope {a.DirectoryScopeId}";
}
