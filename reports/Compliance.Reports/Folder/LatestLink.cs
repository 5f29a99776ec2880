namespace Compliance.Reports.Folder;

/// <summary>Points <c>&lt;reports root&gt;/latest</c> at a run folder: a relative symlink made beside it and renamed over the old one.</summary>
internal static class LatestLink
{
    public const string Name = "latest";

    public static void PointAt(string reportsRoot, string runId)
    {
        var latest = Path.Combine(reportsRoot, Name);
        var staging = Path.Combine(reportsRoot, $".{Name}.{Guid.NewGuid():N}");
        File.CreateSymbolicLink(staging, runId);
        try
        {
            File.Move(staging, latest, overwrite: true);
        }
        catch
        {
            File.Delete(staging);
            throw;
        }
    }
}
