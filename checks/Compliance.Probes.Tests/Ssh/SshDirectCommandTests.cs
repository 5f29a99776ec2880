using Compliance.Core.Transport;
using Compliance.Probes.Ssh;

namespace Compliance.Probes.Tests.Ssh;

[TestFixture]
public sealed class SshDirectCommandTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Test]
    public async Task A_command_returns_exit_code_stdout_and_stderr()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();
        var transport = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));

        var result = await transport.RunAsync(CommandRequest.Of(Generous, "sh", "-c", "echo out; echo err >&2; exit 3"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(3));
            Assert.That(result.StandardOutput, Is.EqualTo("out\n"));
            Assert.That(result.StandardError, Is.EqualTo("err\n"));
            Assert.That(result.TimedOut, Is.False);
            Assert.That(transport.Describe, Is.EqualTo("ssh root@local"));
        });
    }

    [Test]
    public async Task Standard_input_is_written_then_closed()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();
        var transport = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));

        var results = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(_ => transport.RunAsync(new CommandRequest(["wc", "-l"], Generous, "one\ntwo\nthree\n"))));
        var withoutInput = await transport.RunAsync(CommandRequest.Of(Generous, "cat"));

        Assert.That(results.Select(r => r.StandardOutput.Trim()), Is.All.EqualTo("3"));
        Assert.That(withoutInput.Succeeded, Is.True, "a command reading stdin gets end of file, not a hang");
    }

    [Test]
    public async Task A_command_past_its_deadline_is_reported_as_timed_out()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();
        var transport = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));

        var duration = $"300.{Random.Shared.Next(100000, 999999)}";
        var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(2), "sleep", duration));
        var after = await transport.RunAsync(CommandRequest.Of(Generous, "echo", "still usable"));
        var remoteGone = await Poll.UntilAsync(
            async () => !(await transport.RunAsync(CommandRequest.Of(Generous, "pgrep", "-f", $"^sleep {duration}"))).Succeeded, Generous);

        Assert.Multiple(() =>
        {
            Assert.That(result.TimedOut, Is.True);
            Assert.That(result.Succeeded, Is.False);
            Assert.That(after.StandardOutput, Is.EqualTo("still usable\n"));
            Assert.That(remoteGone, Is.True, "the remote command was killed at its deadline");
        });
    }

    [Test]
    public async Task Hostile_arguments_arrive_as_data_and_never_run()
    {
        var bed = SshTestBedSetUp.Bed;
        var marker = Path.Combine(bed.Directory, "direct-pwned");
        string[] hostile = [$"a; touch {marker}", $"$(touch {marker})", $"`touch {marker}`", "it's \"quoted\"", "$HOME"];
        await using var provider = new SshTransportProvider();
        var transport = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));

        var result = await transport.RunAsync(new CommandRequest(["printf", "%s\\n", .. hostile], Generous));

        Assert.That(result.StandardOutput, Is.EqualTo(string.Join("", hostile.Select(h => h + "\n"))));
        Assert.That(File.Exists(marker), Is.False);
    }

    [Test]
    public async Task Sudo_hosts_run_every_command_through_non_interactive_sudo()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Local with { Transport = bed.Local.Transport with { Sudo = true } };
        await using var provider = new SshTransportProvider();
        var transport = (SshTransport)await provider.OpenAsync(host, bed.Inventory(host));

        var result = await transport.RunAsync(CommandRequest.Of(Generous, "sh", "-c", "echo \"$SUDO_COMMAND\""));

        Assert.That(transport.CommandLine(["id", "-u"], TimeSpan.FromSeconds(30)),
            Is.EqualTo("'timeout' '--kill-after=5' '30s' 'sudo' '-n' '--' 'id' '-u' </dev/null"));
        Assert.That(result.StandardOutput, Does.StartWith("/usr/bin/sh -c").Or.StartWith("/bin/sh -c"));
    }
}
