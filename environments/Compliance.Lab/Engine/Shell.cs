using System.Diagnostics;
using System.Text;

namespace Compliance.Lab.Engine;

/// <summary>Runs commands for the lab: captured (with a deadline that kills the whole process tree) or attached to the terminal.</summary>
public static class Shell
{
    public static Task<ShellResult> BashAsync(LabContext lab, string script, TimeSpan timeout, CancellationToken ct = default) =>
        RunAsync(["bash", "-euo", "pipefail", "-c", script], lab, timeout, ct: ct);

    public static async Task<ShellResult> RunAsync(IReadOnlyList<string> argv, LabContext lab, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken ct = default)
    {
        using var process = new Process { StartInfo = Start(argv, lab, redirect: true) };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            process.StartInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            return new ShellResult(-1, Text(output), TimedOut: true);
        }

        return new ShellResult(process.ExitCode, Text(output), TimedOut: false);
    }

    /// <summary>Runs a command with the terminal's stdin, stdout and stderr; returns its exit code.</summary>
    public static int RunAttached(IReadOnlyList<string> argv, LabContext lab)
    {
        using var process = Process.Start(Start(argv, lab, redirect: false))!;
        process.WaitForExit();
        return process.ExitCode;
    }

    private static ProcessStartInfo Start(IReadOnlyList<string> argv, LabContext lab, bool redirect)
    {
        var info = new ProcessStartInfo(argv[0])
        {
            WorkingDirectory = lab.LabDirectory,
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in argv.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["LAB_INSTANCE"] = lab.Instance;
        info.Environment["LAB_DIR"] = lab.LabDirectory;
        return info;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
