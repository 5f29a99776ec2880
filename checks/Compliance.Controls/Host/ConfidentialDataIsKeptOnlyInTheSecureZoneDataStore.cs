using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>
/// HOST-03: the data store exists on its Secure Zone host with the expected owner, group and mode; no other host
/// of the inventory holds a file or directory named like the store or its marker under the searched roots; and
/// no host exports (NFS, Samba) the store, a directory above it or a copy of it. Positive control: the same
/// search finds the marker on the data host. A directory the search could not read (find's errors, e.g. a FUSE
/// mount of another user that root cannot enter) is named, and the check is Not verified unless a copy was found.
/// </summary>
public sealed class ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore : Check
{
    /// <inheritdoc/>
    public override string ControlId => "HOST-03";

    /// <inheritdoc/>
    public override string Title => "The confidential data is kept only in the Secure Zone data store";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var data = context.Inventory.Expected.Get<DataExpectation>();
        var findings = new Findings("host");
        var store = data.Path.TrimEnd('/');
        var storeName = store[(store.LastIndexOf('/') + 1)..];
        string[] names = [storeName, data.Marker];
        var dataHost = context.Inventory.Host(data.Host);
        if (dataHost.Segment != data.Zone)
        {
            findings.Violation($"the data host {data.Host} is in segment {dataHost.Segment}, not {data.Zone}");
        }

        await findings.ProbeAsync($"the data store on {data.Host}", async () =>
        {
            var transport = await context.Transports.ForHostAsync(data.Host, cancellationToken).ConfigureAwait(false);
            var top = (await FileListing.ReadAsync(transport, store, cancellationToken).ConfigureAwait(false))?.FirstOrDefault(e => e.Path == store);
            if (top is null)
            {
                findings.Violation($"the data store {store} does not exist on {data.Host}");
            }
            else if (top.Owner != data.Owner || top.Group != data.Group || (top.Mode & FileEntry.PermissionBits & ~FileEntry.ParseMode(data.MaxMode)) != 0)
            {
                findings.Violation($"{store} on {data.Host} is {top.Owner}:{top.Group} {top.ModeText}, expected {data.Owner}:{data.Group} within {data.MaxMode}");
            }

            evidence.Record(data.Host, store, "find -printf", $"{data.Owner}:{data.Group} within {data.MaxMode}", top is null ? "absent" : $"{top.Owner}:{top.Group} {top.ModeText}");
            var roots = data.SearchRoots.Append(Parent(store)).Distinct().ToList();
            var own = await DataSearch.FindAsync(transport, names, roots, data.ExcludePaths, cancellationToken).ConfigureAwait(false);
            evidence.Record(data.Host, string.Join(" ", roots), $"find -name {string.Join(" -o -name ", names)}", "the store itself (positive control)", Describe(own));
            Unreadable(findings, data.Host, own);
            foreach (var extra in own.Hits.Where(p => p != store && !p.StartsWith(store + "/", StringComparison.Ordinal)))
            {
                findings.Violation($"{data.Host} holds a second copy at {extra}");
            }

            if (!own.Hits.Any(p => p.EndsWith("/" + data.Marker, StringComparison.Ordinal)))
            {
                throw new PrerequisiteFailedException($"the search did not find the marker {data.Marker} on the data host {data.Host}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        var others = context.Inventory.Hosts.Select(h => h.Name).Where(h => h != data.Host && !data.SkipHosts.Contains(h)).ToList();
        await PerHost.RunAsync(context, others.Append(data.Host), findings, async t =>
        {
            if (t.HostName != data.Host)
            {
                var found = await DataSearch.FindAsync(t, names, data.SearchRoots, data.ExcludePaths, cancellationToken).ConfigureAwait(false);
                foreach (var hit in found.Hits)
                {
                    findings.Violation($"{t.HostName} holds {hit}");
                }

                Unreadable(findings, t.HostName, found);
                evidence.Record(t.HostName, string.Join(" ", data.SearchRoots), $"find -name {string.Join(" -o -name ", names)}", "nothing, every directory read", Describe(found));
            }

            var exports = await DataSearch.ExportsAsync(t, cancellationToken).ConfigureAwait(false);
            foreach (var line in exports.Where(l => Exposes(l, store, storeName)))
            {
                findings.Violation($"{t.HostName} exports the data: {line}");
            }

            evidence.Record(t.HostName, "/etc/exports, exportfs -v, smb.conf", "export lines", "no export of the store", exports.Count == 0 ? "no exports" : string.Join("; ", exports));
        }, cancellationToken).ConfigureAwait(false);

        return findings.Verdict($"{store} exists only on {data.Host} ({data.Zone}); {others.Count} other host(s) hold and export no copy.");
    }

    private static void Unreadable(Findings findings, string host, DataSearchResult found)
    {
        if (found.Unreadable.Count > 0)
        {
            findings.Unverified($"{host}: the search could not read {string.Join(", ", found.Unreadable.Take(10))}{(found.Unreadable.Count > 10 ? $" and {found.Unreadable.Count - 10} more" : "")}, where a copy would stay unseen");
        }
    }

    private static string Describe(DataSearchResult found) =>
        (found.Hits.Count == 0 ? "nothing" : string.Join(", ", found.Hits)) + (found.Unreadable.Count == 0 ? "" : $"; could not read: {string.Join(", ", found.Unreadable)}");

    private static string Parent(string path) => path.LastIndexOf('/') is var i and > 0 ? path[..i] : "/";

    private static bool Exposes(string exportLine, string store, string storeName)
    {
        var words = exportLine.Split([' ', '\t', '='], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.StartsWith('/') && (w.TrimEnd('/') == store || store.StartsWith(w.TrimEnd('/') + "/", StringComparison.Ordinal) || w == "/"
            || w.StartsWith(store + "/", StringComparison.Ordinal) || w.Contains(storeName, StringComparison.Ordinal)));
    }
}
