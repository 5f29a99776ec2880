using System.Diagnostics;
using Compliance.Runner.Pipeline;

namespace Compliance.Runner.Tests;

public sealed class LoggedProcessTests
{
    private DirectoryInfo folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("logged-process-");

    [TearDown]
    public void RemoveFolder() => folder.Delete(recursive: true);

    [Test]
    public async Task Exit_code_is_returned_and_both_streams_reach_the_log_redacted()
    {
        var info = Shell("echo out-line; echo err-line password=hunter2 >&2; exit 3");

        var (code, log) = await RunAsync(info, TimeSpan.FromMinutes(2));

        Assert.That(code, Is.EqualTo(3));
        Assert.That(log, Does.Contain("out-line").And.Contain("err-line").And.Not.Contain("hunter2"));
    }

    [Test]
    public async Task A_process_past_its_deadline_is_killed_and_yields_no_exit_code()
    {
        var (code, _) = await RunAsync(Shell("sleep 600"), TimeSpan.FromSeconds(1));

        Assert.That(code, Is.Null);
    }

    private static ProcessStartInfo Shell(string script)
    {
        var info = new ProcessStartInfo("/bin/sh");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        return info;
    }

    private async Task<(int? Code, string Log)> RunAsync(ProcessStartInfo info, TimeSpan deadline)
    {
        var path = Path.Combine(folder.FullName, "run.log");
        int? code;
        using (var log = new RunLog(path, TimeProvider.System))
        {
            code = await LoggedProcess.RunAsync(info, log, deadline, CancellationToken.None);
        }

        return (code, await File.ReadAllTextAsync(path));
    }
}
