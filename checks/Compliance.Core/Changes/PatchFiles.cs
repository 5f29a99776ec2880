using System.Text.RegularExpressions;
using Compliance.Core.Inputs;

namespace Compliance.Core.Changes;

/// <summary>
/// The lab files a patch in git diff format touches, read from its <c>diff --git</c>, <c>---</c> and <c>+++</c> lines.
/// Every path must lie under <see cref="LabPrefix"/> (a change tried on the lab changes the lab's files, nothing of
/// the suite); a path outside it, a path that climbs out with <c>..</c>, or a file with no file header at all is an
/// <see cref="InputException"/> naming the line.
/// </summary>
public static partial class PatchFiles
{
    /// <summary>Where the lab's files are in the repository, as a patch names them.</summary>
    public const string LabPrefix = "environments/lab/";

    /// <summary>The touched files, relative to the lab folder, in the order the patch names them.</summary>
    public static IReadOnlyList<string> Of(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paths = new List<string>();
        var lines = text.Split('\n');
        var (oldLeft, newLeft) = (0, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if ((oldLeft > 0 || newLeft > 0) && !line.StartsWith('\\'))
            {
                // Inside a hunk: a removed line "-- x" reads "--- x" and is content, not a header.
                oldLeft -= line.StartsWith('+') ? 0 : 1;
                newLeft -= line.StartsWith('-') ? 0 : 1;
                continue;
            }

            if (Hunk().Match(line) is { Success: true } hunk)
            {
                oldLeft = Count(hunk.Groups["old"].Value);
                newLeft = Count(hunk.Groups["new"].Value);
                continue;
            }

            foreach (var (path, column) in Paths(line))
            {
                var lab = LabPath(file, i + 1, column, path);
                if (!paths.Contains(lab, StringComparer.Ordinal))
                {
                    paths.Add(lab);
                }
            }
        }

        return paths.Count > 0
            ? paths
            : throw new InputException(file, 1, 1, "(patch)", "no file header (diff --git, ---, +++): not a patch in git diff format");
    }

    private static IEnumerable<(string Path, int Column)> Paths(string line)
    {
        if (line.StartsWith("diff --git ", StringComparison.Ordinal))
        {
            var parts = line["diff --git ".Length..].Split(' ');
            if (parts.Length == 2)
            {
                yield return (Strip(parts[0]), "diff --git ".Length + 1);
                yield return (Strip(parts[1]), "diff --git ".Length + parts[0].Length + 2);
            }
        }
        else if ((line.StartsWith("--- ", StringComparison.Ordinal) || line.StartsWith("+++ ", StringComparison.Ordinal)) && !line.EndsWith(" /dev/null", StringComparison.Ordinal))
        {
            yield return (Strip(line[4..].Split('\t')[0]), 5);
        }
        else if (line.StartsWith("rename from ", StringComparison.Ordinal) || line.StartsWith("rename to ", StringComparison.Ordinal))
        {
            var at = line.IndexOf(' ', "rename ".Length) + 1;
            yield return (line[at..], at + 1);
        }
    }

    private static int Count(string group) => group.Length == 0 ? 1 : int.Parse(group, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^@@ -\d+(?:,(?<old>\d+))? \+\d+(?:,(?<new>\d+))? @@")]
    private static partial Regex Hunk();

    private static string Strip(string path) =>
        path.StartsWith("a/", StringComparison.Ordinal) || path.StartsWith("b/", StringComparison.Ordinal) ? path[2..] : path;

    private static string LabPath(string file, int line, int column, string path)
    {
        var segments = path.Split('/');
        if (!path.StartsWith(LabPrefix, StringComparison.Ordinal) || path.Length == LabPrefix.Length || segments.Any(s => s is ".." or "." or ""))
        {
            throw new InputException(file, line, column, "(patch)", $"'{path}' is not a file of the lab: a change may touch only files under {LabPrefix}");
        }

        return path[LabPrefix.Length..];
    }
}
