namespace Compliance.Graph.Recorded;

/// <summary>
/// A recorded tenant: a folder of Graph v1.0 JSON responses and overlay folders laid over it (later overlays win).
/// A request path <c>/v1.0/a/b</c> is answered by <c>a/b.json</c>; a page token <c>$skiptoken=t</c> by <c>a/b.page-t.json</c>;
/// <c>a/b.status-NNN.json</c> answers with that HTTP status instead (a 429 is answered once, then the normal file).
/// Query options other than <c>$skiptoken</c> are not applied: the checks filter and classify what they read themselves.
/// </summary>
public sealed class RecordedTenant
{
    private readonly List<string> layers;

    /// <summary>Creates the tenant from its base folder and overlay folders.</summary>
    public RecordedTenant(string baseFolder, IEnumerable<string> overlays)
    {
        if (!System.IO.Directory.Exists(baseFolder))
        {
            throw new GraphUnavailableException($"recorded tenant folder '{baseFolder}' does not exist");
        }

        var all = new List<string> { Path.GetFullPath(baseFolder) };
        foreach (var overlay in overlays)
        {
            all.Add(System.IO.Directory.Exists(overlay)
                ? Path.GetFullPath(overlay)
                : throw new GraphUnavailableException($"recorded tenant overlay '{overlay}' does not exist"));
        }

        layers = all;
    }

    /// <summary>The folders, base first.</summary>
    public IReadOnlyList<string> Layers => layers;

    /// <summary>The file answering <paramref name="relativeName"/> (without extension), searching overlays first; null when none.</summary>
    public string? Find(string relativeName)
    {
        if (relativeName.Split('/').Any(part => part is "" or "." or ".."))
        {
            return null;
        }

        for (var i = layers.Count - 1; i >= 0; i--)
        {
            var candidate = Path.Combine(layers[i], relativeName + ".json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
