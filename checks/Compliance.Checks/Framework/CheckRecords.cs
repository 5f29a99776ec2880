using Compliance.Core.Results;

namespace Compliance.Checks.Framework;

/// <summary>
/// Appends each check's result as one JSON line to the file named by <c>COMPLIANCE_RECORDS</c>
/// (the runner reads it back); does nothing when no file is named. Thread-safe.
/// </summary>
public sealed class CheckRecords
{
    private readonly string? path;
    private readonly Lock gate = new();

    /// <summary>Creates the writer for <paramref name="path"/> (null: records are not kept).</summary>
    public CheckRecords(string? path)
    {
        this.path = string.IsNullOrWhiteSpace(path) ? null : System.IO.Path.GetFullPath(path);
        if (this.path is not null && System.IO.Path.GetDirectoryName(this.path) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>The file written, or null.</summary>
    public string? Path => path;

    /// <summary>Appends one result.</summary>
    public void Write(CheckResult result)
    {
        if (path is null)
        {
            return;
        }

        var line = CheckResultJson.ToLine(result) + "\n";
        lock (gate)
        {
            File.AppendAllText(path, line);
        }
    }
}
