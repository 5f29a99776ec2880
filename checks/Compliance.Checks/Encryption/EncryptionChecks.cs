using Compliance.Checks.Framework;
using Compliance.Controls.Encryption;

namespace Compliance.Checks.Encryption;

/// <summary>The encryption checks (ENC): one test per check, named as the check.</summary>
[TestFixture, Category("ENC"), Parallelizable(ParallelScope.All)]
public sealed class EncryptionChecks
{
    [Test, Control("ENC-01")]
    public void SecureZoneSpeaksOnlySshOrTlsToTheRoom() => Suite.Run<SecureZoneSpeaksOnlySshOrTlsToTheRoom>();

    [Test, Control("ENC-02")]
    public void HttpsCertificateChainsToTheOrganisationCa() => Suite.Run<HttpsCertificateChainsToTheOrganisationCa>();

    [Test, Control("ENC-02")]
    public void HttpsRefusesTls10And11() => Suite.Run<HttpsRefusesTls10And11>();

    [Test, Control("ENC-02")]
    public void HttpsRefusesWeakCiphers() => Suite.Run<HttpsRefusesWeakCiphers>();

    [Test, Control("ENC-03")]
    public void SshServersOfferOnlyPublicKeyAuthentication() => Suite.Run<SshServersOfferOnlyPublicKeyAuthentication>();

    [Test, Control("ENC-03")]
    public void SshServersOfferOnlyStrongAlgorithms() => Suite.Run<SshServersOfferOnlyStrongAlgorithms>();

    [Test, Control("ENC-03")]
    public void SshdConfigurationForbidsPasswordsAndRootLogin() => Suite.Run<SshdConfigurationForbidsPasswordsAndRootLogin>();
}
