using Compliance.Core.Transport;
using Compliance.Probes.Audit;

namespace Compliance.Probes.Tests.Audit;

public class BypassClassifierTests
{
    private static CommandResult Result(int exit, string stdout, string stderr) => new(exit, stdout, stderr, TimeSpan.Zero, false);

    [Test]
    public void A_refused_stdio_channel_is_refused_and_a_target_banner_got_through()
    {
        Assert.That(BypassClassifier.StdioForward(Result(255, "", "channel 0: open failed: administratively prohibited: open failed\nstdio forwarding failed\n")), Is.EqualTo(ForwardingOutcome.Refused));
        Assert.That(BypassClassifier.StdioForward(Result(0, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u7\r\n", "")), Is.EqualTo(ForwardingOutcome.Allowed));
        Assert.That(BypassClassifier.StdioForward(Result(255, "", "ssh: connect to host 198.18.30.20 port 22: Connection timed out\n")), Is.EqualTo(ForwardingOutcome.Unknown));
    }

    [Test]
    public void A_jump_that_reached_the_target_is_allowed_even_when_the_target_refused_the_login()
    {
        const string target = "198.18.50.10";
        Assert.That(BypassClassifier.Jump(Result(255, "", "channel 0: open failed: administratively prohibited: open failed\nstdio forwarding failed\nConnection closed by UNKNOWN port 65535\n"), target), Is.EqualTo(ForwardingOutcome.Refused));
        Assert.That(BypassClassifier.Jump(Result(255, "", "infra1@198.18.50.10: Permission denied (publickey).\n"), target), Is.EqualTo(ForwardingOutcome.Allowed));
        Assert.That(BypassClassifier.Jump(Result(255, "", "No ED25519 host key is known for 198.18.50.10 and you have requested strict checking.\nHost key verification failed.\n"), target), Is.EqualTo(ForwardingOutcome.Allowed));
        Assert.That(BypassClassifier.Jump(Result(0, "", ""), target), Is.EqualTo(ForwardingOutcome.Allowed));
    }

    [Test]
    public void A_jump_that_failed_at_the_gateway_itself_is_not_classified()
    {
        var changedGatewayKey = Result(255, "", "@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\nHost key for 198.18.30.20 has changed and you have requested strict checking.\nHost key verification failed.\nConnection closed by UNKNOWN port 65535\n");

        Assert.That(BypassClassifier.Jump(changedGatewayKey, "198.18.50.10"), Is.EqualTo(ForwardingOutcome.Unknown));
    }

    [Test]
    public void Remote_forward_and_sftp_are_classified()
    {
        Assert.That(BypassClassifier.RemoteForward(Result(255, "", "Error: remote port forwarding failed for listen port 0\n")), Is.EqualTo(ForwardingOutcome.Refused));
        Assert.That(BypassClassifier.RemoteForward(Result(0, "", "Allocated port 40121 for remote forward to 127.0.0.1:22\n")), Is.EqualTo(ForwardingOutcome.Allowed));
        Assert.That(BypassClassifier.Sftp(Result(0, "Remote working directory: /home/infra1\n", "")), Is.EqualTo(ForwardingOutcome.Allowed));
        Assert.That(BypassClassifier.Sftp(Result(255, "", "Connection closed\n")), Is.EqualTo(ForwardingOutcome.Refused));
    }
}
