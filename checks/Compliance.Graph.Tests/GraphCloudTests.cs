using Compliance.Graph;

namespace Compliance.Graph.Tests;

public sealed class GraphCloudTests
{
    [TestCase("global", "https://graph.microsoft.com/v1.0", "https://login.microsoftonline.com/", "https://graph.microsoft.com/.default")]
    [TestCase("usgov", "https://graph.microsoft.us/v1.0", "https://login.microsoftonline.us/", "https://graph.microsoft.us/.default")]
    [TestCase("usgov-dod", "https://dod-graph.microsoft.us/v1.0", "https://login.microsoftonline.us/", "https://dod-graph.microsoft.us/.default")]
    [TestCase("china", "https://microsoftgraph.chinacloudapi.cn/v1.0", "https://login.chinacloudapi.cn/", "https://microsoftgraph.chinacloudapi.cn/.default")]
    public void National_cloud_gives_its_graph_url_authority_and_scope(string name, string graph, string authority, string scope)
    {
        var cloud = GraphCloud.Resolve(name, null, null);

        Assert.That(cloud.BaseUrl, Is.EqualTo(new Uri(graph)));
        Assert.That(cloud.AuthorityHost, Is.EqualTo(new Uri(authority)));
        Assert.That(cloud.Scope, Is.EqualTo(scope));
    }

    [Test]
    public void Inventory_overrides_win_over_the_cloud_defaults()
    {
        var cloud = GraphCloud.Resolve("global", "https://graph.example.test/v1.0", "https://login.example.test/");

        Assert.That(cloud.Scope, Is.EqualTo("https://graph.example.test/.default"));
        Assert.That(cloud.AuthorityHost.Host, Is.EqualTo("login.example.test"));
    }

    [Test]
    public void Unknown_cloud_is_refused() =>
        Assert.That(() => GraphCloud.Resolve("germany", null, null), Throws.TypeOf<GraphUnavailableException>().With.Message.Contains("germany"));
}
