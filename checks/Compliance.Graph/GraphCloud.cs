namespace Compliance.Graph;

/// <summary>A Graph deployment: the v1.0 base URL, the token authority host and the <c>.default</c> scope of that cloud.</summary>
public sealed record GraphCloud(Uri BaseUrl, Uri AuthorityHost)
{
    /// <summary>The application scope for app-only tokens in this cloud.</summary>
    public string Scope => $"{BaseUrl.GetLeftPart(UriPartial.Authority)}/.default";

    /// <summary>The cloud named in the inventory (<c>global</c>, <c>usgov</c>, <c>usgov-dod</c>, <c>china</c>), with optional overrides.</summary>
    public static GraphCloud Resolve(string? name, string? baseUrl, string? authority)
    {
        var (graph, login) = (name ?? "global").ToUpperInvariant() switch
        {
            "GLOBAL" or "" => ("https://graph.microsoft.com/v1.0", "https://login.microsoftonline.com/"),
            "USGOV" => ("https://graph.microsoft.us/v1.0", "https://login.microsoftonline.us/"),
            "USGOV-DOD" => ("https://dod-graph.microsoft.us/v1.0", "https://login.microsoftonline.us/"),
            "CHINA" => ("https://microsoftgraph.chinacloudapi.cn/v1.0", "https://login.chinacloudapi.cn/"),
            _ => throw new GraphUnavailableException($"unknown Graph cloud '{name}' (expected global, usgov, usgov-dod or china)"),
        };
        return new GraphCloud(new Uri(baseUrl ?? graph), new Uri(authority ?? login));
    }
}
