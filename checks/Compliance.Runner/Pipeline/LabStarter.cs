using System.Diagnostics;
using Compliance.Core.Inputs;

namespace Compliance.Runner.Pipeline;

/// <summary>Brings the embedded lab up with <c>environments/lab/lab up</c> (idempotent) before it is checked.</summary>
public static class LabStarter
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(30);

    /// <summary>Runs <c>lab up</c>; a missing script or a failure means the run cannot start.</summary>
    public static async Task UpAsync(string script, RunLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (!File.Exists(script))
        {
            throw new InputException(script, "the lab script is missing; the lab cannot be brought up");
        }

        var info = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("up");
        log.Write($"running: {script} up");
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => log.WriteRaw(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteRaw(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InputException(script, "lab up did not finish in time");
        }

        if (process.ExitCode != 0)
        {
            throw new InputException(script, $"lab up failed with exit code {process.ExitCode} (see {log.Path})");
        }
    }
}
