using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Antivirus;

/// <summary>Interprets the output of SEP for Linux's <c>sav</c> tool.</summary>
public static partial class SymantecOutput
{
    private static readonly string[] DateFormats = ["MM/dd/yyyy", "MM/dd/yy", "dd.MM.yyyy", "yyyy-MM-dd"];

    /// <summary>The daemon probe: an <c>rtvscand</c> process of this host and Auto-Protect <c>Enabled</c>.</summary>
    public static AvStatus Daemon(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var pids = output.Split('\n').FirstOrDefault(l => l.StartsWith("rtvscand pids:", StringComparison.Ordinal))?["rtvscand pids:".Length..].Trim()
            ?? throw new FormatException("the rtvscand probe printed no process line");
        var autoProtect = output.Split('\n').FirstOrDefault(l => l.StartsWith("autoprotect:", StringComparison.Ordinal))?["autoprotect:".Length..].Trim() ?? "";
        if (autoProtect is not ("Enabled" or "Disabled"))
        {
            throw new FormatException($"sav info -a answered '{autoProtect}'");
        }

        return new AvStatus(pids.Length > 0 && autoProtect == "Enabled", $"rtvscand process: {(pids.Length > 0 ? pids : "none")}; Auto-Protect: {autoProtect}", output);
    }

    /// <summary><c>sav info -d</c> prints the definitions' date and revision, e.g. <c>12/01/2026 rev. 2</c>.</summary>
    public static AvDefinitions Definitions(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var m = DefinitionsLine().Match(output);
        if (!m.Success || !DateTimeOffset.TryParseExact(m.Groups["date"].Value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            throw new FormatException($"sav info -d answered '{output.Trim()}'");
        }

        return new AvDefinitions(date, $"definitions {m.Value.Trim()}", output);
    }

    /// <summary>
    /// A detection is a scan that names a threat in its output, or that removed or quarantined the file (the
    /// configured first action); a scan that ran cleanly and left the file in place detected nothing.
    /// </summary>
    public static AvStatus Scan(CommandResult scan, bool stillThere)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var text = (scan.StandardOutput + scan.StandardError).Trim();
        var named = ThreatLine().Match(text);
        if (named.Success)
        {
            return new AvStatus(true, $"detected: {named.Value.Trim()}", text);
        }

        if (!stillThere)
        {
            return new AvStatus(true, "detected: the file was removed or quarantined by the scan", text);
        }

        return scan.ExitCode == 0
            ? new AvStatus(false, "not detected: the scan finished and left the file untouched", text)
            : throw new InvalidOperationException($"sav manualscan failed (exit {scan.ExitCode}): {text}");
    }

    [GeneratedRegex(@"(?<date>\d{1,4}[./-]\d{1,2}[./-]\d{2,4})\s+rev\.\s*\d+")]
    private static partial Regex DefinitionsLine();

    [GeneratedRegex(@"(?im)^.*(EICAR Test String|\b[1-9]\d*\s+(threat|risk|virus|viruse)s?\s+(found|detected)|\binfected\b(?!:\s*0\b)|quarantined).*$")]
    private static partial Regex ThreatLine();
}
