using System.Diagnostics;

namespace Compliance.Reports.Tests.Support;

/// <summary>Runs coreutils' <c>sha256sum -c manifest.sha256</c> inside a folder.</summary>
internal static class Sha256Sum
{
    public static (int ExitCode, string Output) Check(string folder)
    {
        var start = new ProcessStartInfo("sha256sum", ["--strict", "-c", "manifest.sha256"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sha256sum did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            throw new TimeoutException("sha256sum did not finish.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
