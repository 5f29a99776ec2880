using System.Diagnostics;

namespace Compliance.Runner.Pipeline;

/// <summary>Runs a child process under a deadline with its standard output and error streamed, line by line, into the run log.</summary>
public static class LoggedProcess
{
    /// <summary>
    /// The process's exit code, or null when the deadline passed or <paramref name="cancellationToken"/> fired first;
    /// the whole process tree is then killed before this returns. <paramref name="lines"/>, when given, also sees every line.
    /// </summary>
    public static async Task<int?> RunAsync(ProcessStartInfo info, RunLog log, TimeSpan deadline, CancellationToken cancellationToken, Action<string>? lines = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(log);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        void Line(string? line)
        {
            log.WriteRaw(line);
            if (line is not null)
            {
                lines?.Invoke(line);
            }
        }

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(deadline);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return null;
        }

        process.WaitForExit();
        return process.ExitCode;
    }
}
