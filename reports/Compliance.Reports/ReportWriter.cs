using System.Security.Cryptography.X509Certificates;
using System.Text;
using Compliance.Core.Redaction;
using Compliance.Core.Results;
using Compliance.Reports.Folder;
using Compliance.Reports.Html;
using Compliance.Reports.Json;
using Compliance.Reports.Junit;

namespace Compliance.Reports;

/// <summary>
/// Writes a run's report folder <c>&lt;reportsRoot&gt;/&lt;RunId&gt;/</c>: <c>report.html</c>, <c>coverage.html</c> (what a pass of
/// each requirement covers, linked from the report), <c>junit.xml</c>, <c>results.json</c>, copies of the extra files under <c>evidence/</c>, and last <c>manifest.sha256</c> over all of them
/// (signed in <c>manifest.sha256.p7s</c> when the environment names a signing certificate);
/// then points <c>&lt;reportsRoot&gt;/latest</c> at it. Every text passes the run's <see cref="Redactor"/> first.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the run folder and returns its full path.</summary>
    /// <param name="report">The run to render.</param>
    /// <param name="reportsRoot">The folder holding every run (created when missing).</param>
    /// <param name="extraFiles">Files to store under <c>evidence/</c> (attestation evidence and the like).</param>
    /// <param name="redactor">The run's redactor (knowing the secrets the run loaded); by form only when null.</param>
    /// <exception cref="ArgumentException">The run ID is not a plain folder name.</exception>
    /// <exception cref="IOException">The run folder exists already and is not empty.</exception>
    /// <param name="signer">The environment's signing certificate with its key: when given, <c>manifest.sha256.p7s</c> signs the manifest.</param>
    public static string WriteRun(RunReport report, string reportsRoot, IReadOnlyList<string> extraFiles, Redactor? redactor = null, X509Certificate2? signer = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportsRoot);
        ArgumentNullException.ThrowIfNull(extraFiles);
        var runId = report.Metadata.RunId;
        if (!IsPlainName(runId))
        {
            throw new ArgumentException($"Run ID '{runId}' is not a plain folder name.", nameof(report));
        }

        var root = Directory.CreateDirectory(reportsRoot).FullName;
        var folder = Path.Combine(root, runId);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new IOException($"Run folder {folder} exists already; a run's reports are never overwritten.");
        }

        Directory.CreateDirectory(folder);
        var clean = RedactedReport.From(report, redactor ?? new Redactor());
        var stored = EvidenceStore.Copy(extraFiles, folder);
        File.WriteAllText(Path.Combine(folder, HtmlReport.FileName), HtmlReport.Render(clean, stored), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, CoverageDocument.FileName), CoverageDocument.Render($"{clean.Metadata.Environment} run {runId}"), new UTF8Encoding(false));
        JunitReport.Write(clean, Path.Combine(folder, JunitReport.FileName));
        JsonResults.Write(clean, stored, Path.Combine(folder, JsonResults.FileName));
        Manifest.Write(folder);
        if (signer is not null)
        {
            ManifestSignature.Sign(folder, signer, report.Metadata.EndedUtc);
        }

        LatestLink.PointAt(root, runId);
        return folder;
    }

    internal static bool IsPlainName(string runId) =>
        !string.IsNullOrWhiteSpace(runId)
        && runId is not "." and not ".." and not LatestLink.Name
        && !runId.StartsWith('.')
        && runId.IndexOfAny(['/', '\\', '\0']) < 0
        && runId.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;
}
