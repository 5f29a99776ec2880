using Compliance.Controls.Framework;
using Compliance.Core.Inventory;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Graph;

/// <summary>
/// Whether device management detects an app (any of its listed names, as a name prefix) on each of the given terminals:
/// the detected apps, then the managed devices of every matching app.
/// </summary>
public static class DetectedAppReview
{
    /// <summary>Pass when every terminal has the app; Fail naming the terminals without it.</summary>
    public static async Task<Verdict> EvaluateAsync(GraphRun run, string product, IReadOnlyList<string> names, IReadOnlyList<Terminal> terminals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(terminals);
        if (names.Count == 0 || terminals.Count == 0)
        {
            throw new KeyNotFoundException($"the graph section names no app for {product} or the inventory has no terminal to check");
        }

        var holders = (await HoldersAsync(run, names, cancellationToken).ConfigureAwait(false))
            .Select(d => d.DeviceName ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = terminals.Where(t => !holders.Contains(t.DeviceName())).Select(t => t.DeviceName()).ToList();
        return missing.Count == 0
            ? Verdict.Pass($"device management detects {product} on {string.Join(", ", terminals.Select(t => t.DeviceName()))}")
            : Verdict.Fail($"device management does not detect {product} on {string.Join(", ", missing)}");
    }

    /// <summary>The managed devices on which device management detects an app of one of <paramref name="names"/> (a name prefix).</summary>
    public static async Task<IReadOnlyList<ManagedDevice>> HoldersAsync(GraphRun run, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(names);
        const string request = "GET /deviceManagement/detectedApps";
        var apps = await run.Reader.ListAsync<DetectedApp, DetectedAppCollectionResponse>(request, GraphPermissions.ManagedDevicesReadAll,
            (g, ct) => g.DeviceManagement.DetectedApps.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        var matching = apps.Where(a => names.Any(n => a.DisplayName?.StartsWith(n, StringComparison.OrdinalIgnoreCase) == true)).ToList();
        run.Record(request, $"an app named {string.Join(" or ", names)}",
            $"{apps.Count} detected app(s); matching: {string.Join(", ", matching.Select(a => $"{a.DisplayName} {a.Version} on {a.DeviceCount} device(s)"))}");

        var holders = new List<ManagedDevice>();
        foreach (var app in matching)
        {
            var devicesRequest = $"GET /deviceManagement/detectedApps/{app.Id}/managedDevices";
            var devices = await run.Reader.ListAsync<ManagedDevice, ManagedDeviceCollectionResponse>(devicesRequest, GraphPermissions.ManagedDevicesReadAll,
                (g, ct) => g.DeviceManagement.DetectedApps[app.Id].ManagedDevices.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
            run.Record(devicesRequest, "the terminals", $"{app.DisplayName} {app.Version}: {string.Join(", ", devices.Select(d => d.DeviceName))}");
            holders.AddRange(devices);
        }

        return holders;
    }
}
