using Compliance.Core.Transport;
using Compliance.Probes.Ssh;

namespace Compliance.Probes.Tests.Ssh;

[TestFixture]
public sealed class SshGatewayHopTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Test]
    public async Task A_command_reaches_the_target_through_the_recorded_hop()
    {
        var bed = SshTestBedSetUp.Bed;
        var recordingsBefore = Directory.GetFiles(Path.Combine(bed.Directory, "recordings")).Length;
        await using var provider = new SshTransportProvider(origin: bed.ClientOrigin);
        var transport = await provider.OpenAsync(bed.Target, bed.Inventory(bed.Gateway, bed.Target));

        var result = await transport.RunAsync(CommandRequest.Of(Generous, "ip", "-4", "-br", "address"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero);
            Assert.That(result.StandardOutput, Does.Contain("198.18.251.10/29"), "the command ran in the target's namespace");
            Assert.That(result.StandardOutput, Does.Not.Contain("198.18.251.2/30"), "not on the gateway");
            Assert.That(Directory.GetFiles(Path.Combine(bed.Directory, "recordings")), Has.Length.GreaterThan(recordingsBefore));
            Assert.That(transport.Describe, Is.EqualTo(
                "ssh root@target via gateway recorded command hop (this session is recorded by the gateway)"));
        });
    }

    [Test]
    public async Task The_remote_exit_status_passes_back_through_the_hop()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider(origin: bed.ClientOrigin);
        var transport = await provider.OpenAsync(bed.Target, bed.Inventory(bed.Gateway, bed.Target));

        var failed = await transport.RunAsync(CommandRequest.Of(Generous, "sh", "-c", "exit 7"));
        var passed = await transport.RunAsync(CommandRequest.Of(Generous, "true"));

        Assert.That(failed.ExitCode, Is.EqualTo(7));
        Assert.That(passed.ExitCode, Is.Zero);
    }

    [Test]
    public async Task Hostile_arguments_run_neither_on_the_gateway_nor_on_the_target()
    {
        var bed = SshTestBedSetUp.Bed;
        var marker = Path.Combine(bed.Directory, "hop-pwned");
        string[] hostile = [$"a; touch {marker}", $"$(touch {marker})", $"`touch {marker}`", "it's \"quoted\" | x", "$HOME && *"];
        await using var provider = new SshTransportProvider(origin: bed.ClientOrigin);
        var transport = await provider.OpenAsync(bed.Target, bed.Inventory(bed.Gateway, bed.Target));

        var result = await transport.RunAsync(new CommandRequest(["printf", "<%s>", .. hostile], Generous));

        Assert.That(result.StandardOutput, Is.EqualTo(string.Concat(hostile.Select(h => $"<{h}>"))));
        Assert.That(File.Exists(marker), Is.False);
    }

    [Test]
    public async Task A_target_whose_key_changed_fails_the_hop_as_a_transport_failure()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider(origin: bed.ClientOrigin);
        var transport = await provider.OpenAsync(bed.Rekeyed, bed.Inventory(bed.Gateway, bed.Rekeyed));

        var failure = await Assert.ThrowsAsync<TransportException>(() => transport.RunAsync(CommandRequest.Of(Generous, "true")));

        Assert.That(failure!.Message, Does.StartWith("recorded hop from gateway to rekeyed failed").And.Contain("Host key verification failed"));
    }

    [Test]
    public async Task Gateway_and_targets_behind_it_share_one_connection()
    {
        var bed = SshTestBedSetUp.Bed;
        var inventory = bed.Inventory(bed.Gateway, bed.Target, bed.Rekeyed);
        var before = bed.AcceptedConnections("gateway");
        await using var provider = new SshTransportProvider(origin: bed.ClientOrigin);

        var target = await provider.OpenAsync(bed.Target, inventory);
        var again = await provider.OpenAsync(bed.Target, inventory);
        await target.RunAsync(CommandRequest.Of(Generous, "true"));
        await again.RunAsync(CommandRequest.Of(Generous, "true"));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => target.RunAsync(CommandRequest.Of(Generous, "true"))));

        Assert.That(provider.ConnectCount("gateway"), Is.EqualTo(1));
        Assert.That(bed.AcceptedConnections("gateway") - before, Is.EqualTo(1));
    }

    [Test]
    public async Task A_hop_command_past_its_deadline_is_timed_out_and_the_connection_stays_usable()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider(origin: bed.ClientOrigin);
        var transport = await provider.OpenAsync(bed.Target, bed.Inventory(bed.Gateway, bed.Target));

        var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(3), "sleep", "300"));
        var after = await transport.RunAsync(CommandRequest.Of(Generous, "true"));

        Assert.That(result.TimedOut, Is.True);
        Assert.That(after.ExitCode, Is.Zero);
    }

    [Test]
    public async Task A_target_user_other_than_the_gateway_session_user_is_refused()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Target with { Transport = bed.Target.Transport with { User = "someone" } };
        await using var provider = new SshTransportProvider(origin: bed.ClientOrigin);

        await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(bed.Gateway, host)));
    }
}
