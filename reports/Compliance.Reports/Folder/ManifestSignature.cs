using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Compliance.Reports.Folder;

/// <summary>
/// The run folder's signature: a detached CMS (PKCS #7) signature of <c>manifest.sha256</c> in
/// <c>manifest.sha256.p7s</c> (DER), made with the environment's signing certificate and its private key, with the
/// signing time as a signed attribute (so a verifier judges the certificate's validity at signing, not at reading).
/// </summary>
public static class ManifestSignature
{
    /// <summary>The signature file's name in the run folder.</summary>
    public const string FileName = Manifest.FileName + ".p7s";

    /// <summary>Signs the folder's manifest with <paramref name="signer"/> (a certificate with its private key) at <paramref name="signingTime"/>.</summary>
    public static void Sign(string runFolder, X509Certificate2 signer, DateTimeOffset signingTime)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var manifest = File.ReadAllBytes(Path.Combine(runFolder, Manifest.FileName));
        var cms = new SignedCms(new ContentInfo(manifest), detached: true);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), // SHA-256
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));
        cms.ComputeSignature(cmsSigner, silent: true);
        File.WriteAllBytes(Path.Combine(runFolder, FileName), cms.Encode());
    }

    /// <summary>Loads a PEM certificate and its PEM private key (RSA or EC) as a signing certificate.</summary>
    public static X509Certificate2 LoadSigner(string certificatePem, string keyPem)
    {
        using var certificate = X509Certificate2.CreateFromPemFile(certificatePem, keyPem);
        // A key loaded from PEM is ephemeral; exported and re-imported, it can sign on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
