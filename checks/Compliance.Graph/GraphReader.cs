using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Compliance.Graph;

/// <summary>
/// Reads Graph for the checks: each read names what it reads and the application permission it needs, pages through
/// <c>@odata.nextLink</c> with the SDK's page iterator and turns every failure into a <see cref="GraphUnavailableException"/>
/// that names the missing permission (401/403) or carries the Graph error code.
/// </summary>
public sealed class GraphReader(GraphServiceClient client, string source, bool recorded)
{
    /// <summary>The Graph client.</summary>
    public GraphServiceClient Client { get; } = client;

    /// <summary>Where the answers come from (the tenant and base URL, or the recorded tenant's folders).</summary>
    public string Source { get; } = source;

    /// <summary>True when the answers are a recorded tenant (lab), not a live one.</summary>
    public bool Recorded { get; } = recorded;

    /// <summary>One read; <paramref name="what"/> is the request as evidence shows it.</summary>
    public async Task<T> ReadAsync<T>(string what, string permission, Func<GraphServiceClient, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return await read(Client, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, what, permission) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>One read of a single object that may not exist: null on 404.</summary>
    public async Task<T?> ReadOptionalAsync<T>(string what, string permission, Func<GraphServiceClient, CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return await read(Client, cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
        catch (Exception e) when (Translate(e, what, permission) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>Every item of a collection, following <c>@odata.nextLink</c> across pages.</summary>
    public async Task<IReadOnlyList<TItem>> ListAsync<TItem, TPage>(string what, string permission, Func<GraphServiceClient, CancellationToken, Task<TPage?>> firstPage, CancellationToken cancellationToken)
        where TPage : IParsable, IAdditionalDataHolder, new()
    {
        ArgumentNullException.ThrowIfNull(firstPage);
        return await ReadAsync(what, permission, async (graph, ct) =>
        {
            var items = new List<TItem>();
            var first = await firstPage(graph, ct).ConfigureAwait(false);
            if (first is null)
            {
                return items;
            }

            var iterator = PageIterator<TItem, TPage>.CreatePageIterator(graph, first, item =>
            {
                items.Add(item);
                return true;
            });
            await iterator.IterateAsync(ct).ConfigureAwait(false);
            return items;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static GraphUnavailableException? Translate(Exception e, string what, string permission) => e switch
    {
        ODataError { ResponseStatusCode: 403 } denied => new GraphUnavailableException(
            $"Graph refused {what} (HTTP 403 {denied.Error?.Code}): grant the application permission {permission}", e),
        ODataError { ResponseStatusCode: 401 } unauthenticated => new GraphUnavailableException(
            $"Graph did not accept the token for {what} (HTTP 401 {unauthenticated.Error?.Code}): check tenant and credential, and grant the application permission {permission}", e),
        ODataError failed => new GraphUnavailableException(
            $"Graph failed {what}: HTTP {failed.ResponseStatusCode} error code {failed.Error?.Code ?? "(none)"}", e),
        AggregateException retried => new GraphUnavailableException(
            $"Graph kept refusing {what} after the SDK's retries (throttled or unavailable): {retried.InnerExceptions.FirstOrDefault()?.Message}", e),
        HttpRequestException http => new GraphUnavailableException($"Graph unreachable for {what}: {http.Message}", e),
        Azure.Identity.AuthenticationFailedException auth => new GraphUnavailableException(
            $"No Graph token for {what}: {auth.GetType().Name} (check tenant, client ID, credential and authority)", e),
        _ => null,
    };
}
