using Compliance.Probes.Network;
using Compliance.Probes.Ssh;

namespace Compliance.Probes.Tests.Ssh;

/// <summary>The OpenSSH clients a probe starts on a vantage accept only a pinned host key (here: the loopback sshd).</summary>
[TestFixture]
public sealed class SshProbePinningTests
{
    [Test]
    public async Task Authentication_methods_are_asked_of_a_server_with_a_pinned_key()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();
        var vantage = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));

        var answers = await SshAuthMethodsProbe.ReadManyAsync(vantage, "127.0.0.1", bed.LocalPort, [bed.Fingerprint("stale"), bed.Fingerprint("local")], ["root", "nobody-here"]);

        Assert.That(answers.Select(a => $"{a.User}: {string.Join(",", a.Methods ?? [])} {a.Error}".Trim()), Is.EqualTo(new[] { "root: publickey", "nobody-here: publickey" }));
    }

    [Test]
    public async Task A_server_without_a_pinned_key_is_not_asked_anything()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();
        var vantage = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));
        var before = bed.Log("local").Count;

        var refusal = await ThrowsAsync(() => SshAuthMethodsProbe.ReadManyAsync(vantage, "127.0.0.1", bed.LocalPort, [bed.Fingerprint("stale")], ["root"]));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Message, Does.Contain("presented a host key that is not pinned").And.Contain(bed.Fingerprint("local")));
            // only the key scan reached the server: no account was named to it
            Assert.That(bed.Log("local").Skip(before), Has.None.Match("authenticating user|Failed none|Invalid user|Postponed"));
        });
    }

    [Test]
    public async Task The_gateway_client_refuses_a_gateway_without_a_pinned_key_before_sending_the_key()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();
        var vantage = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));
        var wrong = new PinnedSshServer("root", "127.0.0.1", bed.LocalPort, [bed.Fingerprint("stale")]);
        var right = wrong with { HostKeyPins = [bed.Fingerprint("local")] };
        var key = bed.Read("client.key") + "\n";

        var refusal = await ThrowsAsync(() => GatewaySshProbe.ForwardAsync(vantage, key, wrong, "127.0.0.1", bed.LocalPort, CancellationToken.None));
        var forward = await GatewaySshProbe.ForwardAsync(vantage, key, right, "127.0.0.1", bed.LocalPort, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Message, Does.Contain("presented a host key that is not pinned"));
            Assert.That(forward.Forwarded, Is.True, "with the pinned key the client connects and the channel carries the server's banner");
        });
    }

    private static async Task<ProbeException> ThrowsAsync(Func<Task> probe)
    {
        try
        {
            await probe();
        }
        catch (ProbeException e)
        {
            return e;
        }

        throw new AssertionException("the probe did not refuse the server");
    }

    [Test]
    public void A_probe_without_a_pin_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SshHostPin.Argument([]));
        Assert.Throws<ArgumentException>(() => SshHostPin.Argument(["MD5:aa:bb"]));
    }
}
