using System.Diagnostics;
using System.Text;
using Compliance.Core.Transport;

namespace Compliance.Probes.Transport;

/// <summary>
/// Runs an argument vector as a child process in its own process group (through <c>setsid</c>), with a clean
/// environment, optional stdin, full capture of stdout and stderr, and a deadline that kills the whole group.
/// </summary>
internal static class LocalCommand
{
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(5);

    public static async Task<CommandResult> RunAsync(IReadOnlyList<string> argv, CommandRequest request, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("setsid")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = "/",
        };
        info.ArgumentList.Add("--wait");
        foreach (var a in argv)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        info.Environment["LANG"] = "C.UTF-8";
        info.Environment["HOME"] = "/root";

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new TransportException($"cannot start {argv[0]}: {e.Message}", e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdin = FeedAsync(process, request.StandardInput);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(request.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var output = await Drain(stdout).ConfigureAwait(false);
        var error = await Drain(stderr).ConfigureAwait(false);
        await stdin.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new CommandResult(timedOut ? -1 : process.ExitCode, output, error, clock.Elapsed, timedOut);
    }

    private static void Kill(Process process)
    {
        ProcessGroup.Kill(process.Id);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }

    private static async Task FeedAsync(Process process, string? input)
    {
        try
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // the command exited without reading all of its input
        }
    }

    private static async Task<string> Drain(Task<string> reader)
    {
        var finished = await Task.WhenAny(reader, Task.Delay(DrainGrace)).ConfigureAwait(false);
        return finished == reader ? await reader.ConfigureAwait(false) : "[output stream left open by a background process]";
    }
}
