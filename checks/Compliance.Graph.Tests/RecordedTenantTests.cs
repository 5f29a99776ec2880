using Compliance.Graph.Recorded;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Compliance.Graph.Tests;

public sealed class RecordedTenantTests
{
    private DirectoryInfo folder = null!;

    [SetUp]
    public void CreateTenant() => folder = Directory.CreateTempSubdirectory("recorded-tenant-");

    [TearDown]
    public void RemoveTenant() => folder.Delete(recursive: true);

    [Test]
    public async Task Users_on_two_pages_are_all_read_through_the_next_link()
    {
        Write("base/users", """{"value":[{"id":"1","userPrincipalName":"a@x.test"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$skiptoken=b"}""");
        Write("base/users.page-b", """{"value":[{"id":"2","userPrincipalName":"b@x.test"}]}""");
        var (client, _) = Client("base");

        var first = await client.Users.GetAsync();
        var all = new List<string?>();
        await PageIterator<User, UserCollectionResponse>.CreatePageIterator(client, first!, u => { all.Add(u.UserPrincipalName); return true; }).IterateAsync();

        Assert.That(all, Is.EqualTo(new[] { "a@x.test", "b@x.test" }));
    }

    [Test]
    public async Task Overlay_answers_before_the_base_and_a_403_surfaces_as_an_odata_error()
    {
        Write("base/users", """{"value":[]}""");
        Write("deny/users.status-403", """{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}""");
        var (client, handler) = Client("base", "deny");

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Users.GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(403));
        Assert.That(error.Error?.Code, Is.EqualTo("Authorization_RequestDenied"));
        Assert.That(handler.Exchanges.Single().Status, Is.EqualTo(403));
    }

    [Test]
    public void Path_leaving_the_tenant_folder_finds_nothing()
    {
        Write("base/users", "{}");
        var tenant = new RecordedTenant(Path.Combine(folder.FullName, "base"), []);

        Assert.That(tenant.Find("../base/users"), Is.Null);
        Assert.That(tenant.Find("users"), Is.Not.Null);
    }

    [Test]
    public async Task Unrecorded_request_is_a_graph_not_found_error()
    {
        Directory.CreateDirectory(Path.Combine(folder.FullName, "base"));
        var (client, _) = Client("base");

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Groups.GetAsync());

        Assert.That(error!.ResponseStatusCode, Is.EqualTo(404));
    }

    private void Write(string name, string json)
    {
        var path = Path.Combine(folder.FullName, name + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }

    private (GraphServiceClient Client, RecordedTenantHandler Handler) Client(string layer, params string[] overlays)
    {
        var handler = new RecordedTenantHandler(new RecordedTenant(
            Path.Combine(folder.FullName, layer), overlays.Select(o => Path.Combine(folder.FullName, o))));
        var http = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: handler);
        return (new GraphServiceClient(http, new AnonymousAuthenticationProvider()), handler);
    }
}
