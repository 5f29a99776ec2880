using System.Runtime.CompilerServices;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Graph.Recorded;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Compliance.Graph;

/// <summary>
/// Builds the Graph reader from the inventory: app-only with a certificate or secret against the tenant's national cloud,
/// or, in a lab environment with <c>recorded_tenant</c>, the recorded tenant replayed through the SDK's default pipeline.
/// </summary>
public sealed class GraphConnector : IGraphConnector
{
    private readonly ConditionalWeakTable<EnvironmentInventory, GraphReader> readers = [];

    /// <summary>One reader per loaded environment, shared by its checks (one token cache, one client).</summary>
    public GraphReader Connect(EnvironmentInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return readers.GetValue(inventory, Create);
    }

    private static GraphReader Create(EnvironmentInventory inventory)
    {
        var settings = inventory.Expected.Get<GraphExpectation>();
        if (settings.RecordedTenant is not null)
        {
            return inventory.Kind == EnvironmentKind.Lab
                ? ConnectRecorded(inventory, settings).Reader
                : throw new GraphUnavailableException("a recorded tenant is only allowed in a lab environment");
        }

        var cloud = GraphCloud.Resolve(settings.Cloud, settings.BaseUrl, settings.Authority);
        var credential = GraphCredentialFactory.Create(settings, cloud, inventory.Directory);
        var client = new GraphServiceClient(credential, [cloud.Scope], cloud.BaseUrl.ToString().TrimEnd('/'));
        return new GraphReader(client, $"Microsoft Graph {cloud.BaseUrl} (tenant {settings.TenantId})", recorded: false);
    }

    /// <summary>The recorded tenant of a lab environment, with its handler (to inspect what was asked).</summary>
    public static (GraphReader Reader, RecordedTenantHandler Handler) ConnectRecorded(EnvironmentInventory inventory, GraphExpectation settings)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(settings);
        var folder = settings.RecordedTenant ?? throw new GraphUnavailableException("no recorded_tenant in the graph section");
        var tenant = new RecordedTenant(
            Path.Combine(inventory.Directory, folder),
            settings.RecordedOverlays.Select(o => Path.Combine(inventory.Directory, o)));
        var handler = new RecordedTenantHandler(tenant);
        var cloud = GraphCloud.Resolve(settings.Cloud, settings.BaseUrl, settings.Authority);
#pragma warning disable CA2000 // the HttpClient owns the pipeline and lives as long as the client
        var http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: handler);
#pragma warning restore CA2000
        var client = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), cloud.BaseUrl.ToString().TrimEnd('/'));
        var layers = string.Join(" + ", new[] { folder }.Concat(settings.RecordedOverlays));
        return (new GraphReader(client, $"Microsoft Graph recorded tenant ({layers})", recorded: true), handler);
    }
}
