using System.Diagnostics;
using Compliance.Core.Transport;
using Compliance.Probes.Transport;

namespace Compliance.Probes.Tests.Transport;

[NonParallelizable]
public sealed class NetnsTransportTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private ThrowawayNamespace ns = null!;
    private NetnsTransport transport = null!;

    [SetUp]
    public void CreateNamespace()
    {
        ns = new ThrowawayNamespace();
        transport = new NetnsTransport("peer", ns.Name);
    }

    [TearDown]
    public async Task DeleteNamespace()
    {
        await transport.DisposeAsync();
        ns.Dispose();
    }

    [Test]
    public async Task Exit_code_stdout_and_stderr_are_returned()
    {
        var result = await transport.RunAsync(CommandRequest.Of(Generous, "sh", "-c", "echo out; echo err >&2; exit 3"));

        Assert.That(result, Is.EqualTo(new CommandResult(3, "out\n", "err\n", result.Elapsed, false)));
    }

    [Test]
    public async Task Command_runs_inside_the_named_network_namespace()
    {
        var inside = await transport.RunAsync(CommandRequest.Of(Generous, "stat", "-L", "-c", "%i", "/proc/self/ns/net"));
        var expected = new FileInfo($"/run/netns/{ns.Name}");

        var outside = Process.Start(new ProcessStartInfo("stat", ["-L", "-c", "%i", expected.FullName]) { RedirectStandardOutput = true })!;
        var inode = await outside.StandardOutput.ReadToEndAsync();
        await outside.WaitForExitAsync();

        Assert.That(inside.StandardOutput, Is.EqualTo(inode));
    }

    [Test]
    public async Task Standard_input_reaches_the_command()
    {
        var result = await transport.RunAsync(new CommandRequest(["cat"], Generous, "line one\nline two\n"));

        Assert.That(result.StandardOutput, Is.EqualTo("line one\nline two\n"));
    }

    [Test]
    public async Task Large_output_is_captured_completely()
    {
        var result = await transport.RunAsync(CommandRequest.Of(Generous, "sh", "-c", "head -c 3000000 /dev/zero | tr '\\0' a; echo done >&2"));

        Assert.That((result.StandardOutput.Length, result.StandardError), Is.EqualTo((3000000, "done\n")));
    }

    [Test]
    public async Task Timeout_kills_the_whole_process_group()
    {
        var marker = Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(2), "sh", "-c", $"sleep {marker} & sleep {marker}; echo never"));

        Assert.That(result.TimedOut, Is.True);
        Assert.That(result.Succeeded, Is.False);
        Assert.That(await NoProcessMatchesAsync($"sleep {marker}"), Is.True, "a process of the group survived the timeout");
    }

    [Test]
    public async Task Missing_namespace_is_a_transport_failure()
    {
        var gone = new NetnsTransport("ghost", "t-core-absent");

        var e = await Assert.ThrowsAsync<TransportException>(() => gone.RunAsync(CommandRequest.Of(Generous, "true")));

        Assert.That(e!.Message, Is.EqualTo("network namespace t-core-absent does not exist (/run/netns/t-core-absent); is the lab up?"));
    }

    [Test]
    public async Task Command_missing_on_the_host_is_a_result_not_an_exception()
    {
        var result = await transport.RunAsync(CommandRequest.Of(Generous, "/nonexistent/tool"));

        Assert.That(result.ExitCode, Is.Not.Zero);
    }

    [Test]
    public void Describe_names_the_namespace() => Assert.That(transport.Describe, Is.EqualTo($"netns {ns.Name}"));

    private static async Task<bool> NoProcessMatchesAsync(string commandLine)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var alive = Directory.GetDirectories("/proc").Any(d => ReadCmdline(d) == commandLine);
            if (!alive)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static string? ReadCmdline(string procDir)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procDir, "cmdline")).Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
