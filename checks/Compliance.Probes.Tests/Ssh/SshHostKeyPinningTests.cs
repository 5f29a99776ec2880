using Compliance.Core.Transport;
using Compliance.Probes.Ssh;

namespace Compliance.Probes.Tests.Ssh;

[TestFixture]
public sealed class SshHostKeyPinningTests
{
    [Test]
    public async Task The_pinned_host_key_is_accepted()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();

        var transport = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));

        Assert.That((await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(60), "true"))).Succeeded, Is.True);
    }

    [Test]
    public async Task A_pinned_key_of_another_type_than_the_preferred_one_is_found_and_accepted()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Local with { Transport = bed.Local.Transport with { HostKey = bed.Fingerprint("local-rsa") } };
        await using var provider = new SshTransportProvider();

        var transport = await provider.OpenAsync(host, bed.Inventory(host));

        Assert.That((await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(60), "true"))).Succeeded, Is.True);
    }

    [Test]
    public async Task A_changed_host_key_is_refused_with_both_fingerprints()
    {
        var bed = SshTestBedSetUp.Bed;
        var stalePin = bed.Fingerprint("stale");
        var host = bed.Local with { Transport = bed.Local.Transport with { HostKey = stalePin } };
        await using var provider = new SshTransportProvider();

        var refusal = await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));

        Assert.That(refusal!.Message, Does.StartWith($"host key mismatch for local: expected {stalePin}, presented SHA256:")
            .And.Contain(bed.Fingerprint("local")).And.Contain(bed.Fingerprint("local-rsa")), "every key the server offered was tried");
    }

    [Test]
    public async Task A_host_without_a_pinned_key_is_refused()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Local with { Transport = bed.Local.Transport with { HostKey = null } };
        await using var provider = new SshTransportProvider();

        var refusal = await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));

        Assert.That(refusal!.Message, Does.StartWith("unknown host key for local: the inventory pins no host_key, presented SHA256:"));
    }

    [Test]
    public async Task A_refused_key_is_never_trusted_later_in_the_run()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Local with { Transport = bed.Local.Transport with { HostKey = bed.Fingerprint("stale") } };
        await using var provider = new SshTransportProvider();

        await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));
        await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));
    }
}
