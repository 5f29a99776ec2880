using System.Diagnostics;
using Compliance.Core.Inputs;
using Compliance.Runner.Pipeline;

namespace Compliance.Runner.Change;

/// <summary>Runs the lab's control script (<c>up</c>, <c>down</c>, <c>exec HOST -- ...</c>) for one named instance, its output in the run log.</summary>
public sealed class LabProcess(string script, string instance, RunLog log)
{
    /// <summary>The instance driven.</summary>
    public string Instance => instance;

    /// <summary>Brings the instance up; a failure is an <see cref="InputException"/> naming the log.</summary>
    public async Task UpAsync(CancellationToken cancellationToken)
    {
        var exitCode = await RunAsync(TimeSpan.FromMinutes(30), cancellationToken, "up").ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InputException(script, $"lab up of instance {instance} {(exitCode is null ? "did not finish" : $"failed with exit code {exitCode}")} (see {log.Path})");
        }
    }

    /// <summary>Takes the instance down, whatever happened before (not cancellable).</summary>
    public async Task<bool> DownAsync() => await RunAsync(TimeSpan.FromMinutes(10), CancellationToken.None, "down").ConfigureAwait(false) == 0;

    /// <summary>
    /// Runs a bash script as root inside <paramref name="host"/> (<c>bash -euo pipefail -c</c>): its exit code (null when it
    /// timed out or was cancelled) and the last line it wrote, for a message.
    /// </summary>
    public async Task<(int? ExitCode, string LastLine)> ExecAsync(string host, string bashScript, CancellationToken cancellationToken)
    {
        var last = string.Empty;
        var info = Start("exec", host, "--", "bash", "-euo", "pipefail", "-c", bashScript);
        var exitCode = await LoggedProcess.RunAsync(info, log, TimeSpan.FromMinutes(2), cancellationToken, l => last = l.Length > 0 ? l : last).ConfigureAwait(false);
        return (exitCode, last);
    }

    private Task<int?> RunAsync(TimeSpan deadline, CancellationToken cancellationToken, params string[] arguments) =>
        LoggedProcess.RunAsync(Start(arguments), log, deadline, cancellationToken);

    private ProcessStartInfo Start(params string[] arguments)
    {
        var info = new ProcessStartInfo(script);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment[Compliance.Core.Inventory.LabEnvironment.InstanceVariable] = instance;
        log.Write($"running: LAB_INSTANCE={instance} {script} {string.Join(' ', arguments.Take(3))}");
        return info;
    }
}
