using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// Reads <c>/etc/logrotate.conf</c> and everything it includes, at any depth (a file, or a directory's files in name
/// order without logrotate's taboo extensions), from a host.
/// </summary>
public static class LogrotateConfig
{
    private const string MainFile = "/etc/logrotate.conf";

    private const string ListScript = "for p in \"$@\"; do if [ -d \"$p\" ]; then find \"$p\" -maxdepth 1 -type f | LC_ALL=C sort; elif [ -f \"$p\" ]; then echo \"$p\"; fi; done";

    private static readonly string[] Taboo = [",v", ".cfsaved", ".disabled", ".dpkg-bak", ".dpkg-del", ".dpkg-dist", ".dpkg-new", ".dpkg-old", ".dpkg-tmp", ".rpmnew", ".rpmorig", ".rpmsave", ".swp", ".ucf-dist", ".ucf-new", ".ucf-old", "~"];

    /// <summary>The parsed blocks of every file logrotate reads, and those files.</summary>
    public static async Task<(IReadOnlyList<LogrotateStanza> Stanzas, IReadOnlyList<string> Files)> ReadAsync(ITransport transport, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal) { [MainFile] = await HostCommand.OutputAsync(transport, cancellationToken, "cat", MainFile).ConfigureAwait(false) };
        var listings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var pending = new Queue<string>(Includes(texts[MainFile]));
        while (pending.TryDequeue(out var target) && listings.Count < 64)
        {
            if (listings.ContainsKey(target))
            {
                continue;
            }

            var listed = await HostCommand.ScriptAsync(transport, ListScript, cancellationToken, null, target).ConfigureAwait(false);
            var files = listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(f => !Taboo.Any(t => f.EndsWith(t, StringComparison.Ordinal)) && !f.Contains(".rhn-cfg-tmp-", StringComparison.Ordinal)).ToList();
            listings[target] = files;
            foreach (var file in files.Where(f => !texts.ContainsKey(f)))
            {
                texts[file] = await HostCommand.OutputAsync(transport, cancellationToken, "cat", "--", file).ConfigureAwait(false);
                foreach (var next in Includes(texts[file]))
                {
                    pending.Enqueue(next);
                }
            }
        }

        var stanzas = LogrotateParser.Parse(MainFile, texts[MainFile], t => listings.TryGetValue(t, out var files) ? [.. files.Select(f => (f, texts[f]))] : []);
        return (stanzas, [.. texts.Keys]);
    }

    private static IEnumerable<string> Includes(string text) =>
        text.Split('\n').Select(l => l.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 1 && w[0] == "include").Select(w => w[1].Trim('"', '\''));
}
