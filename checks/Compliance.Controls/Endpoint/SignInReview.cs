using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// Reads the sign-ins of the look-back window of each project account and of each terminal: a terminal used by an account outside the project group, or a
/// project account signing in on any other device, is a violation. Failed attempts (blocked by policy) are counted only.
/// </summary>
public static class SignInReview
{
    /// <summary>One sentence per violating sign-in (first ten).</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(GraphRun run, IReadOnlyList<User> members, IReadOnlyList<Device> terminals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(terminals);
        var since = run.Clock.GetUtcNow().AddDays(-run.Expected.SignInLookbackDays).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var subjects = members.Select(m => $"userId eq '{m.Id}'")
            .Concat(terminals.Select(d => $"deviceDetail/deviceId eq '{d.DeviceId}'"));
        var signIns = new Dictionary<string, SignIn>(StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            var filter = $"createdDateTime ge {since} and {subject}";
            var request = $"GET /auditLogs/signIns?$filter={filter}";
            var page = await run.Reader.ListAsync<SignIn, SignInCollectionResponse>(request, GraphPermissions.AuditLogReadAll,
                (g, ct) => g.AuditLogs.SignIns.GetAsync(rc => rc.QueryParameters.Filter = filter, ct), cancellationToken).ConfigureAwait(false);
            foreach (var signIn in page)
            {
                signIns.TryAdd(signIn.Id ?? Guid.NewGuid().ToString(), signIn);
            }
        }

        var memberIds = members.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var terminalIds = terminals.Select(d => d.DeviceId).Where(id => id is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var successful = signIns.Values.Where(s => s.Status?.ErrorCode == 0).ToList();
        var problems = new List<string>();
        foreach (var signIn in successful)
        {
            var onTerminal = signIn.DeviceDetail?.DeviceId is { } id && terminalIds.Contains(id);
            var byMember = memberIds.Contains(signIn.UserId);
            var where = $"{signIn.DeviceDetail?.DisplayName ?? "an unregistered device"} at {signIn.CreatedDateTime:u} ({signIn.AppDisplayName})";
            if (onTerminal && !byMember)
            {
                problems.Add($"{signIn.UserPrincipalName}, not a project account, signed in on terminal {where}");
            }
            else if (byMember && !onTerminal)
            {
                problems.Add($"project account {signIn.UserPrincipalName} signed in outside the terminals on {where}");
            }
        }

        run.Record($"GET /auditLogs/signIns since {since} of each project account and each terminal", "successful sign-ins on terminals by project accounts only, and project accounts only on terminals",
            $"{signIns.Count} sign-in(s), {successful.Count} successful, {problems.Count} violating",
            string.Join("\n", signIns.Values.Select(s => $"{s.CreatedDateTime:u} {s.UserPrincipalName} device={s.DeviceDetail?.DisplayName}/{s.DeviceDetail?.DeviceId} app={s.AppDisplayName} error={s.Status?.ErrorCode}")));
        return problems.Take(10).ToList();
    }
}
