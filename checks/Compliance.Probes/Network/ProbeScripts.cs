using System.Collections.Concurrent;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>Runs the probe scripts shipped with this assembly on a vantage (python3 reads the script from stdin).</summary>
public static class ProbeScripts
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The interpreter every Debian server has.</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>
    /// The text of an embedded script, preceded by the scripts it names on <c># requires: NAME</c> lines (a shared library
    /// travels with the script: the vantage runs one self-contained program read from stdin).
    /// </summary>
    public static string Text(string name) => Cache.GetOrAdd(name, static n =>
    {
        var own = Embedded(n);
        var required = own.Split('\n').Where(l => l.StartsWith(RequiresPrefix, StringComparison.Ordinal)).Select(l => l[RequiresPrefix.Length..].Trim());
        return string.Concat(required.Select(r => Text(r) + "\n")) + own;
    });

    private const string RequiresPrefix = "# requires: ";

    private static string Embedded(string name)
    {
        using var stream = typeof(ProbeScripts).Assembly.GetManifestResourceStream($"Compliance.Probes.Network.Scripts.{name}")
            ?? throw new ProbeException($"probe script {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Runs a python script on the vantage with the arguments; throws <see cref="ProbeException"/> when the script itself failed.</summary>
    public static async Task<string> RunPythonAsync(ITransport vantage, string script, TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(vantage);
        var result = await vantage.RunAsync(new CommandRequest([Python, "-", .. arguments], timeout, Text(script)), cancellationToken).ConfigureAwait(false);
        if (result.TimedOut)
        {
            throw new ProbeException($"{script} on {vantage.HostName} did not finish within {timeout.TotalSeconds:0} s");
        }

        if (result.ExitCode != 0)
        {
            throw new ProbeException($"{script} on {vantage.HostName} failed (exit {result.ExitCode}): {Last(result.StandardError)}");
        }

        return result.StandardOutput;
    }

    private static string Last(string text) => text.Length <= 400 ? text.Trim() : text[^400..].Trim();
}
