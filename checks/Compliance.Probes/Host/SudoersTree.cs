using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// Every sudoers file of a host: <c>/etc/sudoers</c>, what it includes, and every file under <c>/etc/sudoers.d</c>
/// whether included or not (a rule there is reported, never silently skipped).
/// </summary>
public sealed record SudoersTree(IReadOnlyList<SudoersFile> Files)
{
    /// <summary>Every rule of every file.</summary>
    public IEnumerable<SudoersRule> Rules => Files.SelectMany(f => f.Rules);

    /// <summary>Reads and parses the tree from a host.</summary>
    public static async Task<SudoersTree> ReadAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var parser = new SudoersParser();
        var files = new List<SudoersFile>();
        var queue = new Queue<string>(["/etc/sudoers"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var directories = new List<string> { "/etc/sudoers.d" };
        while (queue.Count > 0 || directories.Count > 0)
        {
            if (queue.Count == 0)
            {
                foreach (var file in await ListAsync(transport, directories, cancellationToken).ConfigureAwait(false))
                {
                    queue.Enqueue(file);
                }

                directories.Clear();
                continue;
            }

            var path = queue.Dequeue();
            if (!seen.Add(path))
            {
                continue;
            }

            var content = await HostCommand.OutputAsync(transport, cancellationToken, "cat", "--", path).ConfigureAwait(false);
            var parsed = parser.Parse(path, content);
            files.Add(parsed);
            foreach (var include in parsed.IncludedFiles)
            {
                queue.Enqueue(include);
            }

            directories.AddRange(parsed.IncludedDirectories.Where(d => !seen.Contains("dir:" + d)));
            foreach (var d in parsed.IncludedDirectories)
            {
                seen.Add("dir:" + d);
            }
        }

        return new SudoersTree(files);
    }

    private static async Task<IReadOnlyList<string>> ListAsync(ITransport transport, IEnumerable<string> directories, CancellationToken cancellationToken)
    {
        const string script = "for d in \"$@\"; do [ -d \"$d\" ] && find \"$d\" -maxdepth 1 -type f; done; exit 0";
        var result = await HostCommand.ScriptAsync(transport, script, cancellationToken, null, [.. directories.Distinct()]).ConfigureAwait(false);
        return [.. result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)];
    }
}
