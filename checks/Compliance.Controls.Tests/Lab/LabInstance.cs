using System.Diagnostics;

namespace Compliance.Controls.Tests.Lab;

/// <summary>One lab instance driven through <c>environments/lab/lab</c> (up, down, break, heal, exec).</summary>
internal sealed class LabInstance(string repositoryRoot, string name)
{
    public string Name { get; } = name;

    public string Script => Path.Combine(repositoryRoot, "environments", "lab", "lab");

    public static string RepositoryRoot() => Compliance.Core.RepositoryRoot.Require(TestContext.CurrentContext.TestDirectory);

    public Task UpAsync() => RunAsync(TimeSpan.FromMinutes(10), "up", "--no-install");

    public Task DownAsync() => RunAsync(TimeSpan.FromMinutes(5), "down");

    public Task BreakAsync(string scenario) => RunAsync(TimeSpan.FromMinutes(3), "break", scenario);

    public Task HealAsync(string scenario) => RunAsync(TimeSpan.FromMinutes(3), "heal", scenario);

    public Task<string> ExecAsync(string host, string command) => RunAsync(TimeSpan.FromMinutes(2), "exec", host, "--", "bash", "-c", command);

    public async Task<string> RunAsync(TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Script) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["LAB_INSTANCE"] = Name;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("lab script did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lab {string.Join(' ', arguments)} did not finish within {timeout}");
        }

        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"lab {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}{output}");
        }

        return output;
    }
}
