using System.Security.Cryptography;
using Compliance.Core.Catalog;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inputs;

/// <summary>
/// Loads <c>attestations.yaml</c>: <c>attestations:</c> a list of {control, attested_by, attested_on, expires, statement, evidence}.
/// The evidence file (a path relative to the environment folder, inside it) must exist; its SHA-256 is computed.
/// A missing file means no attestations. Expired attestations load (the run reports them as expired).
/// </summary>
public static class AttestationLoader
{
    private static readonly string[] Fields = ["control", "attested_by", "attested_on", "expires", "statement", "evidence"];

    /// <summary>The attestations of the file, without checking the controls.</summary>
    public static IReadOnlyList<Attestation> Load(string path, string environmentDirectory) =>
        Read(path, environmentDirectory, null);

    /// <summary>The attestations of the file; each control must be a manual policy of <paramref name="catalog"/>.</summary>
    public static IReadOnlyList<Attestation> Load(string path, string environmentDirectory, PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Read(path, environmentDirectory, id => catalog.Find(id) switch
        {
            null => $"'{id}' is not a requirement of the catalog",
            { Kind: not PolicyKind.Manual } => $"'{id}' is not a manual policy and cannot be attested",
            _ => null,
        });
    }

    private static List<Attestation> Read(string path, string environmentDirectory, Func<string, string?>? controlProblem)
    {
        ArgumentNullException.ThrowIfNull(environmentDirectory);
        return [.. InputListFile.Items(path, "attestations", Fields).Select(item => ReadOne(item, environmentDirectory, controlProblem))];
    }

    private static Attestation ReadOne(YamlFields item, string environmentDirectory, Func<string, string?>? controlProblem)
    {
        var control = item.Text("control");
        if (controlProblem?.Invoke(control) is { } problem)
        {
            throw item.ErrorAt(item.Node("control"), "control", problem);
        }

        var attestedBy = item.Text("attested_by");
        var attestedOn = item.Date("attested_on");
        var expires = item.Date("expires");
        if (expires < attestedOn)
        {
            throw item.ErrorAt(item.Node("expires"), "expires", "expires before attested_on");
        }

        var statement = item.Text("statement");
        var evidence = item.Text("evidence");
        var sha256 = HashEvidence(item, evidence, environmentDirectory);
        return new Attestation(control, attestedBy, attestedOn, expires, statement, evidence, sha256);
    }

    private static string HashEvidence(YamlFields item, string evidence, string environmentDirectory)
    {
        var root = Path.GetFullPath(environmentDirectory);
        var full = Path.GetFullPath(Path.Combine(root, evidence));
        var problem = Path.IsPathRooted(evidence) ? "must be a path relative to the environment folder"
            : !full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? "must stay inside the environment folder"
            : !File.Exists(full) ? $"evidence file '{evidence}' does not exist"
            : LinkOnTheWay(root, full) is { } link ? $"'{link}' is a symbolic link: evidence must be a regular file inside the environment folder, not a link to something else"
            : null;
        if (problem is not null)
        {
            throw item.ErrorAt(item.Node("evidence"), "evidence", problem);
        }

        using var stream = File.OpenRead(full);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// The first symbolic link among the folders below <paramref name="root"/> and the file itself (relative to the root), or
    /// null: a link would let the run copy whatever it points at (a key, a system file) into the bundle auditors receive.
    /// </summary>
    private static string? LinkOnTheWay(string root, string full)
    {
        var relative = Path.GetRelativePath(root, full);
        var path = root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            path = Path.Combine(path, part);
            if (new FileInfo(path).LinkTarget is not null)
            {
                return Path.GetRelativePath(root, path);
            }
        }

        return null;
    }
}
