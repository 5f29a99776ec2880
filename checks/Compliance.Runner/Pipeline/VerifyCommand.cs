using Compliance.Core.Inputs;
using Compliance.Core.Outcomes;
using Compliance.Reports.Folder;
using Spectre.Console;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// <c>compliance verify DIR --trust CERT</c>: every hash of the manifest, no file added or removed, and the manifest's
/// signature by the trusted certificate within its validity at the signing time. Exit 0 when it verifies, 1 with every
/// problem when it does not, 3 when the folder or the certificate cannot be read.
/// </summary>
public sealed class VerifyCommand(IAnsiConsole console, TextWriter error)
{
    /// <summary>Verifies and returns the exit code.</summary>
    public async Task<int> ExecuteAsync(string folder, string? trust)
    {
        if (trust is null)
        {
            await error.WriteLineAsync("error: command line: verify needs --trust CERTIFICATE (the signing certificate to trust)").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            await error.WriteLineAsync($"error: {folder}: run folder not found").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            using var trusted = SigningMaterial.Trusted(trust);
            var problems = RunVerifier.Problems(full, trusted);
            if (problems.Count == 0)
            {
                console.WriteLine($"{full}: every file matches the manifest, and the manifest is signed by {trusted.Subject}");
                return 0;
            }

            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"{full}: {problem}").ConfigureAwait(false);
            }

            return 1;
        }
        catch (InputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }
}
