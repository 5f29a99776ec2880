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
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(environmentDirectory);
        if (!File.Exists(path))
        {
            return [];
        }

        var root = YamlFile.LoadMap(path);
        var items = root.OptionalMapList("attestations");
        root.RejectUnknownKeys();
        return items.Select(item => ReadOne(item, environmentDirectory, controlProblem)).ToList();
    }

    private static Attestation ReadOne(YamlMap item, string environmentDirectory, Func<string, string?>? controlProblem)
    {
        var controlField = item.Required("control");
        var control = controlField.AsText();
        if (controlProblem?.Invoke(control) is { } problem)
        {
            throw controlField.Error(problem);
        }

        var attestedBy = item.RequiredText("attested_by");
        var attestedOnField = item.Required("attested_on");
        var attestedOn = attestedOnField.AsDate();
        var expiresField = item.Required("expires");
        var expires = expiresField.AsDate();
        if (expires < attestedOn)
        {
            throw expiresField.Error("expires before attested_on");
        }

        var statement = item.RequiredText("statement");
        var evidenceField = item.Required("evidence");
        var evidence = evidenceField.AsText();
        var sha256 = HashEvidence(evidenceField, evidence, environmentDirectory);
        item.RejectUnknownKeys();
        return new Attestation(control, attestedBy, attestedOn, expires, statement, evidence, sha256);
    }

    private static string HashEvidence(YamlField field, string evidence, string environmentDirectory)
    {
        if (Path.IsPathRooted(evidence))
        {
            throw field.Error("must be a path relative to the environment folder");
        }

        var root = Path.GetFullPath(environmentDirectory);
        var full = Path.GetFullPath(Path.Combine(root, evidence));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw field.Error("must stay inside the environment folder");
        }

        if (!File.Exists(full))
        {
            throw field.Error($"evidence file '{evidence}' does not exist");
        }

        using var stream = File.OpenRead(full);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
