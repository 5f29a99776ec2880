using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Loading;
using Compliance.Reports.Folder;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// The environment's signing certificate and key, loaded before any check starts (after the lab is up, which makes the
/// lab's): a certificate or key that is missing, unreadable, open to other accounts or not a pair is bad input.
/// </summary>
public static class SigningMaterial
{
    /// <summary>The signer, or null when the environment names none.</summary>
    public static X509Certificate2? Load(ReportSigning? signing)
    {
        if (signing is null)
        {
            return null;
        }

        var problem = File.Exists(signing.Certificate) ? PrivateFile.Problem(signing.Key, "signing key") : $"the signing certificate {signing.Certificate} does not exist";
        if (problem is null)
        {
            try
            {
                return ManifestSignature.LoadSigner(signing.Certificate, signing.Key);
            }
            catch (Exception e) when (e is CryptographicException or IOException or ArgumentException)
            {
                problem = $"cannot use the signing certificate {signing.Certificate} with its key {signing.Key}: {e.Message}";
            }
        }

        throw new InputException(signing.File, signing.Line, signing.Column, "report_signing", problem);
    }

    /// <summary>A PEM (or DER) certificate to trust when verifying a run; bad input when it cannot be read.</summary>
    public static X509Certificate2 Trusted(string path)
    {
        try
        {
            return X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"cannot read the certificate to trust: {e.Message}");
        }
    }
}
