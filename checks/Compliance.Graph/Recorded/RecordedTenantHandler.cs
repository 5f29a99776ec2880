using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Compliance.Graph.Recorded;

/// <summary>
/// The last handler of the Graph pipeline in the lab: answers each request from a <see cref="RecordedTenant"/>,
/// so the SDK's serialization, paging and retry middleware run for real. Keeps a log of what it answered.
/// </summary>
public sealed class RecordedTenantHandler(RecordedTenant tenant) : HttpMessageHandler
{
    private static readonly int[] StatusVariants = [401, 403, 404, 500];
    private readonly ConcurrentQueue<RecordedExchange> exchanges = new();
    private readonly ConcurrentDictionary<string, bool> throttled = new();

    /// <summary>The requests answered so far, in order.</summary>
    public IReadOnlyList<RecordedExchange> Exchanges => [.. exchanges];

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("request without URI");
        var path = RelativePath(uri);
        var token = SkipToken(uri);
        var retryAttempt = request.Headers.TryGetValues("Retry-Attempt", out var values) ? values.FirstOrDefault() : null;

        var (status, file) = Resolve(path, token);
        exchanges.Enqueue(new RecordedExchange(uri.PathAndQuery, file, status, retryAttempt));
        var body = file is null
            ? "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"No recorded response for " + path + ".\"}}"
            : await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
        if (status == 429)
        {
            response.Headers.Add("Retry-After", "1");
        }

        return response;
    }

    private (int Status, string? File) Resolve(string path, string? token)
    {
        foreach (var code in StatusVariants)
        {
            if (tenant.Find($"{path}.status-{code}") is { } error)
            {
                return (code, error);
            }
        }

        if (tenant.Find($"{path}.status-429") is { } busy && throttled.TryAdd(path, true))
        {
            return (429, busy);
        }

        var file = tenant.Find(token is null ? path : $"{path}.page-{token}");
        return file is null ? (404, null) : (200, file);
    }

    private static string RelativePath(Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimStart('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? path : path[(slash + 1)..];
    }

    private static string? SkipToken(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && Uri.UnescapeDataString(p[0]) == "$skiptoken")
            .Select(p => Uri.UnescapeDataString(p[1]))
            .FirstOrDefault();
}
