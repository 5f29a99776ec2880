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

        var info = new ProcessStartInfo(script);
        info.ArgumentList.Add("up");
        log.Write($"running: {script} up");
        var exitCode = await LoggedProcess.RunAsync(info, log, Deadline, cancellationToken).ConfigureAwait(false)
            ?? throw new InputException(script, "lab up did not finish in time");
        if (exitCode != 0)
        {
            throw new InputException(script, $"lab up failed with exit code {exitCode} (see {log.Path})");
        }
    }
}
