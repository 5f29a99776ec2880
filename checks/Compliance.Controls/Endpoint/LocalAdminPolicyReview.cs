using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>
/// The device registration policy keeps registering users out of the local admins and turns LAPS on; LAPS has backed up
/// every terminal device except those the register declares with another operating system than Windows.
/// </summary>
public static class LocalAdminPolicyReview
{
    /// <summary>One sentence per shortfall.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var problems = new List<string>();
        const string policyRequest = "GET /policies/deviceRegistrationPolicy";
        var policy = await run.Reader.ReadAsync(policyRequest, GraphPermissions.DeviceRegistrationPolicyRead,
            (g, ct) => g.Policies.DeviceRegistrationPolicy.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        var registering = policy?.AzureADJoin?.LocalAdmins?.RegisteringUsers;
        var laps = policy?.LocalAdminPassword?.IsEnabled;
        run.Record(policyRequest, "registering users: none; LAPS enabled",
            $"registering users: {registering?.OdataType ?? "unset"}; global admins as local admins: {policy?.AzureADJoin?.LocalAdmins?.EnableGlobalAdmins}; LAPS enabled: {laps}");
        if (registering is not NoDeviceRegistrationMembership)
        {
            problems.Add($"users who join a device become its local admins ({registering?.OdataType ?? "unset"})");
        }

        if (laps != true)
        {
            problems.Add("LAPS is not enabled in the device registration policy");
        }

        var devices = await run.TerminalDevicesAsync(cancellationToken).ConfigureAwait(false);
        const string lapsRequest = "GET /directory/deviceLocalCredentials";
        var backups = await run.Reader.ListAsync<DeviceLocalCredentialInfo, DeviceLocalCredentialInfoCollectionResponse>(lapsRequest, GraphPermissions.LapsReadBasic,
            (g, ct) => g.Directory.DeviceLocalCredentials.GetAsync(rc =>
            {
                rc.Headers.Add("ocp-client-name", "Compliance suite");
                rc.Headers.Add("ocp-client-version", "1.0");
            }, ct), cancellationToken).ConfigureAwait(false);
        run.Record(lapsRequest, "a LAPS backup for every terminal",
            string.Join(", ", backups.Select(b => $"{b.DeviceName} backed up {b.LastBackupDateTime:u}")));
        var others = run.Inventory.Terminals.Where(t => !t.IsWindows).Select(t => t.DeviceName()).ToList();
        problems.AddRange(devices
            .Where(d => !others.Any(o => TenantReads.SameName(o, d.DisplayName)))
            .Where(d => !backups.Any(b => TenantReads.SameName(b.Id, d.DeviceId) && b.LastBackupDateTime is not null))
            .Select(d => $"terminal {d.DisplayName} has no LAPS backup"));
        return problems;
    }
}
