using Compliance.Core.Transport;
using Compliance.Probes.Ssh;

namespace Compliance.Probes.Tests.Ssh;

[TestFixture]
public sealed class SshConnectionReuseTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Many_commands_sequential_and_parallel_use_one_tcp_connection()
    {
        var bed = SshTestBedSetUp.Bed;
        var before = bed.AcceptedConnections("local");
        await using var provider = new SshTransportProvider();
        var inventory = bed.Inventory(bed.Local);
        var transport = await provider.OpenAsync(bed.Local, inventory);
        var second = await provider.OpenAsync(bed.Local, inventory);

        for (var i = 0; i < 5; i++)
        {
            await transport.RunAsync(CommandRequest.Of(Generous, "true"));
        }

        var parallel = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => (i % 2 == 0 ? transport : second).RunAsync(CommandRequest.Of(Generous, "echo", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        Assert.That(parallel.Select(r => r.StandardOutput.Trim()), Is.EqualTo(Enumerable.Range(0, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(bed.AcceptedConnections("local") - before, Is.EqualTo(1));
    }

    [Test]
    public async Task A_dropped_connection_is_reestablished_once()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();
        var transport = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));
        await transport.RunAsync(CommandRequest.Of(Generous, "true"));

        var listener = bed.Read("local.pid");
        var connectionProcess = await transport.RunAsync(CommandRequest.Of(Generous, "sh", "-c",
            "p=$$; while [ \"$(ps -o ppid= -p $p | tr -d ' ')\" != \"$1\" ]; do p=$(ps -o ppid= -p $p | tr -d ' '); done; echo $p", "sh", listener));
        ShellRunner.Run("kill", connectionProcess.StandardOutput.Trim());
        var result = await transport.RunAsync(CommandRequest.Of(Generous, "echo", "back"));

        Assert.That(result.StandardOutput, Is.EqualTo("back\n"));
        Assert.That(provider.ConnectCount("local"), Is.EqualTo(2));
    }
}
