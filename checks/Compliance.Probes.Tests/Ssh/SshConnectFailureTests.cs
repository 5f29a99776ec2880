using Compliance.Core.Transport;
using Compliance.Probes.Ssh;

namespace Compliance.Probes.Tests.Ssh;

[TestFixture]
public sealed class SshConnectFailureTests
{
    [Test]
    public async Task A_key_the_server_does_not_authorize_is_a_transport_failure()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Local with { Transport = bed.Local.Transport with { KeyFile = "wrong.key" } };
        await using var provider = new SshTransportProvider();

        var failure = await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));

        Assert.That(failure!.Message, Does.Contain("authentication refused").And.Contain("wrong.key"));
        Assert.That(failure.Message, Does.Not.Contain(File.ReadAllText(Path.Combine(bed.Directory, "wrong.key")).Split('\n')[1]));
    }

    [Test]
    public async Task A_missing_key_file_is_a_transport_failure()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Local with { Transport = bed.Local.Transport with { KeyFile = "no-such.key" } };
        await using var provider = new SshTransportProvider();

        var failure = await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));

        Assert.That(failure!.Message, Does.Contain("cannot read key file").And.Contain(Path.Combine(bed.Directory, "no-such.key")));
    }

    [Test]
    public async Task A_stopped_sshd_is_refused_without_waiting_for_the_connect_timeout()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider(new SshTransportOptions { ConnectTimeout = TimeSpan.FromMinutes(5) });
        bed.Stop("local");
        try
        {
            var opening = provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));
            var finished = await Task.WhenAny(opening, Task.Delay(TimeSpan.FromMinutes(2)));

            Assert.That(finished, Is.SameAs(opening), "refused long before the 5-minute connect timeout");
            var failure = await Assert.ThrowsAsync<TransportException>(() => opening);
            Assert.That(failure!.Message, Does.Contain("ConnectionRefused"));
        }
        finally
        {
            bed.Start("local");
        }
    }

    [Test]
    public async Task A_host_of_another_transport_kind_is_refused()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Local with { Transport = new Core.Inventory.TransportSettings("netns", Namespace: "lab-x") };
        await using var provider = new SshTransportProvider();

        await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));
    }
}
