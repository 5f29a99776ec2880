using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Antivirus;

/// <summary>Interprets the output of the ClamAV tools (recorded outputs are tested against this).</summary>
public static partial class ClamAvOutput
{
    /// <summary>The daemon probe: a clamd process of this host and a PONG on its socket.</summary>
    public static AvStatus Daemon(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var pids = output.Split('\n').FirstOrDefault(l => l.StartsWith("clamd pids:", StringComparison.Ordinal))?["clamd pids:".Length..].Trim()
            ?? throw new FormatException("the clamd probe printed no process line");
        var pong = output.Contains("PONG", StringComparison.Ordinal) && output.Contains("ping exit: 0", StringComparison.Ordinal);
        var observed = $"clamd process: {(pids.Length > 0 ? pids : "none")}; socket ping: {(pong ? "PONG" : "no answer")}";
        return new AvStatus(pids.Length > 0 && pong, observed, output);
    }

    /// <summary>Every database file with its own build (CVD/CLD) or write (plain signature files) time and version; <see cref="AvDefinitions.BuiltUtc"/> is the oldest.</summary>
    public static AvDefinitions Definitions(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        var times = new List<(DateTimeOffset When, string File)>();
        foreach (var line in output.Split('\n'))
        {
            var build = BuildLine().Match(line);
            if (build.Success)
            {
                times.Add((ParseBuildTime(build.Groups["time"].Value), build.Groups["file"].Value));
            }

            var mtime = MtimeLine().Match(line);
            if (mtime.Success)
            {
                times.Add((DateTimeOffset.FromUnixTimeSeconds(long.Parse(mtime.Groups["epoch"].Value, CultureInfo.InvariantCulture)), mtime.Groups["file"].Value));
            }

            var version = VersionLine().Match(line);
            if (version.Success)
            {
                versions[version.Groups["file"].Value] = int.Parse(version.Groups["version"].Value, CultureInfo.InvariantCulture);
            }
        }

        if (times.Count == 0)
        {
            throw new FormatException("no signature database file found");
        }

        var databases = times.Select(t => new AvDatabase(Name(t.File), t.File, t.When, versions.TryGetValue(t.File, out var v) ? v : null)).ToList();
        var oldest = databases.MinBy(d => d.Built)!;
        return new AvDefinitions(oldest.Built, string.Join("; ", databases.Select(Describe)), output, databases);
    }

    /// <summary>A database as evidence shows it.</summary>
    public static string Describe(AvDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return $"{database.File}{(database.Version is { } v ? $" version {v}" : "")} {(database.IsContainer ? "built" : "written")} {database.Built:u}";
    }

    private static string Name(string file)
    {
        var name = file[(file.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>A clamdscan result: exit 1 with FOUND is a detection, exit 0 with OK is none, anything else an error.</summary>
    public static AvStatus Scan(CommandResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        var line = result.StandardOutput.Split('\n').FirstOrDefault(l => l.StartsWith(path + ":", StringComparison.Ordinal))?.Trim() ?? "";
        return result.ExitCode switch
        {
            1 when line.EndsWith(" FOUND", StringComparison.Ordinal) => new AvStatus(true, $"detected: {line[(path.Length + 1)..].Trim()}", result.StandardOutput),
            0 when line.EndsWith(" OK", StringComparison.Ordinal) => new AvStatus(false, "not detected (OK)", result.StandardOutput),
            _ => throw new InvalidOperationException($"clamdscan failed (exit {result.ExitCode}): {(result.StandardOutput + result.StandardError).Trim()}"),
        };
    }

    private static DateTimeOffset ParseBuildTime(string text)
    {
        var normalised = Offset().Replace(text.Trim(), "$1:$2");
        return DateTimeOffset.ParseExact(normalised, "dd MMM yyyy HH:mm zzz", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^build:(?<file>.+):(?<time>\d{2} \w{3} \d{4} \d{2}:\d{2} [+-]\d{4})\s*$")]
    private static partial Regex BuildLine();

    [GeneratedRegex(@"^dbversion:(?<file>.+):(?<version>\d+)\s*$")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^mtime:(?<file>.+):(?<epoch>\d+)\s*$")]
    private static partial Regex MtimeLine();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex Offset();
}
