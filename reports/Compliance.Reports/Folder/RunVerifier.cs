using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Compliance.Reports.Folder;

/// <summary>
/// Checks a run folder as an auditor receives it: every file the manifest lists has its hash, no file was added or
/// removed, and the manifest's detached CMS signature was made by the trusted certificate (the one given, never the
/// certificate the signature carries) while that certificate was valid at the signing time the signature records.
/// </summary>
public static class RunVerifier
{
    /// <summary>What is wrong with the folder; empty when it verifies.</summary>
    public static IReadOnlyList<string> Problems(string runFolder, X509Certificate2 trusted)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        var problems = new List<string>();
        var manifestPath = Path.Combine(runFolder, Manifest.FileName);
        if (!File.Exists(manifestPath))
        {
            return [$"{Manifest.FileName} is missing"];
        }

        var manifest = File.ReadAllBytes(manifestPath);
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Encoding.UTF8.GetString(manifest).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (hash, name) = Manifest.ParseLine(line);
            listed[name] = hash;
        }

        foreach (var (name, hash) in listed.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(runFolder, name);
            if (!File.Exists(path))
            {
                problems.Add($"{name}: listed in the manifest but missing");
            }
            else if (!string.Equals(EvidenceStore.Sha256Of(path), hash, StringComparison.Ordinal))
            {
                problems.Add($"{name}: its SHA-256 differs from the manifest's (changed after the run)");
            }
        }

        foreach (var file in Manifest.FilesOf(runFolder).Where(f => !listed.ContainsKey(f) && f != Manifest.FileName && f != ManifestSignature.FileName))
        {
            problems.Add($"{file}: not in the manifest (added after the run)");
        }

        problems.AddRange(SignatureProblems(Path.Combine(runFolder, ManifestSignature.FileName), manifest, trusted));
        return problems;
    }

    private static IEnumerable<string> SignatureProblems(string signaturePath, byte[] manifest, X509Certificate2 trusted)
    {
        if (!File.Exists(signaturePath))
        {
            return [$"{ManifestSignature.FileName} is missing: the run is not signed"];
        }

        var cms = new SignedCms(new ContentInfo(manifest), detached: true);
        try
        {
            cms.Decode(File.ReadAllBytes(signaturePath));
        }
        catch (CryptographicException e)
        {
            return [$"{ManifestSignature.FileName} is not a CMS signature: {e.Message}"];
        }

        if (cms.SignerInfos.Count != 1)
        {
            return [$"{ManifestSignature.FileName} holds {cms.SignerInfos.Count} signatures; exactly one is expected"];
        }

        // The trusted certificate, never one the signature carries, decides whose signature it is: the carried ones are
        // dropped before the check, so the signer must be found (issuer and serial number) among the trusted only.
        foreach (var carried in cms.Certificates.Cast<X509Certificate2>().ToList())
        {
            cms.RemoveCertificate(carried);
        }

        var signer = cms.SignerInfos[0];
        try
        {
            signer.CheckSignature(new X509Certificate2Collection(trusted), verifySignatureOnly: true);
        }
        catch (CryptographicException e)
        {
            return [$"the manifest's signature was not made by the trusted certificate {trusted.Subject} or does not match the manifest: {e.Message}"];
        }

        var signingTime = signer.SignedAttributes.OfType<CryptographicAttributeObject>()
            .SelectMany(a => a.Values.OfType<AsnEncodedData>())
            .Where(v => v.Oid?.Value == "1.2.840.113549.1.9.5")
            .Select(v => new Pkcs9SigningTime(v.RawData).SigningTime)
            .FirstOrDefault();
        if (signingTime == default)
        {
            return ["the signature records no signing time: the certificate's validity cannot be judged"];
        }

        var utc = DateTime.SpecifyKind(signingTime, DateTimeKind.Utc);
        return utc < trusted.NotBefore.ToUniversalTime() || utc > trusted.NotAfter.ToUniversalTime()
            ? [$"the run was signed at {utc:yyyy-MM-ddTHH:mm:ssZ}, outside the trusted certificate's validity ({trusted.NotBefore.ToUniversalTime():yyyy-MM-dd} to {trusted.NotAfter.ToUniversalTime():yyyy-MM-dd})"]
            : [];
    }
}
