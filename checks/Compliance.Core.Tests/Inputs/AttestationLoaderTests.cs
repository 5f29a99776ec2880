using System.Security.Cryptography;
using System.Text;
using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Tests.Support;

namespace Compliance.Core.Tests.Inputs;

public class AttestationLoaderTests
{
    private const string Good = """
        attestations:
          - control: PHY-01
            attested_by: Facilities manager
            attested_on: 2026-11-02
            expires: 2027-05-02
            statement: The smart lock opens for project members only.
            evidence: evidence/phy-01-lock-log.txt
        """;

    private static string Fails(string text, bool withEvidence = true) =>
        InputRefusal.Message("attestations.yaml", text, (path, folder) =>
        {
            if (withEvidence)
            {
                folder.Write("evidence/phy-01-lock-log.txt", "door log");
            }

            AttestationLoader.Load(path, folder.Path);
        });

    [Test]
    public void A_valid_attestation_loads_with_the_hash_of_its_evidence()
    {
        using var folder = new TempFolder();
        folder.Write("evidence/phy-01-lock-log.txt", "door log");
        var path = folder.Write("attestations.yaml", Good);
        var attestation = AttestationLoader.Load(path, folder.Path).Single();
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("door log")));
        Assert.That(attestation, Is.EqualTo(new Attestation(
            "PHY-01", "Facilities manager", new DateOnly(2026, 11, 2), new DateOnly(2027, 5, 2),
            "The smart lock opens for project members only.", "evidence/phy-01-lock-log.txt", expectedHash)));
    }

    [Test]
    public void A_missing_file_means_no_attestations() =>
        Assert.That(AttestationLoader.Load("/nonexistent/attestations.yaml", "/nonexistent"), Is.Empty);

    [Test]
    public void An_attestation_whose_evidence_file_is_missing_is_rejected() =>
        Assert.That(Fails(Good, withEvidence: false),
            Is.EqualTo("attestations.yaml:7:15: attestations[0].evidence: evidence file 'evidence/phy-01-lock-log.txt' does not exist"));

    [Test]
    public void Evidence_outside_the_environment_folder_is_rejected() =>
        Assert.That(Fails(Good.Replace("evidence/phy-01", "../phy-01", StringComparison.Ordinal)),
            Is.EqualTo("attestations.yaml:7:15: attestations[0].evidence: must stay inside the environment folder"));

    [Test]
    public void Evidence_that_is_a_symbolic_link_is_rejected()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("id_ed25519", "not evidence");
        var message = InputRefusal.Message("attestations.yaml", Good, (path, folder) =>
        {
            Directory.CreateDirectory(Path.Combine(folder.Path, "evidence"));
            File.CreateSymbolicLink(Path.Combine(folder.Path, "evidence/phy-01-lock-log.txt"), secret);
            AttestationLoader.Load(path, folder.Path);
        });
        Assert.That(message, Is.EqualTo("attestations.yaml:7:15: attestations[0].evidence: 'evidence/phy-01-lock-log.txt' is a symbolic link: evidence must be a regular file inside the environment folder, not a link to something else"));
    }

    [Test]
    public void Evidence_under_a_linked_folder_is_rejected()
    {
        using var outside = new TempFolder();
        outside.Write("phy-01-lock-log.txt", "door log from elsewhere");
        var message = InputRefusal.Message("attestations.yaml", Good, (path, folder) =>
        {
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "evidence"), outside.Path);
            AttestationLoader.Load(path, folder.Path);
        });
        Assert.That(message, Does.Contain("attestations[0].evidence: 'evidence' is a symbolic link"));
    }

    [Test]
    public void An_absolute_evidence_path_is_rejected() =>
        Assert.That(Fails(Good.Replace("evidence/phy-01", "/etc/phy-01", StringComparison.Ordinal)),
            Is.EqualTo("attestations.yaml:7:15: attestations[0].evidence: must be a path relative to the environment folder"));

    [Test]
    public void An_attestation_without_its_attester_is_rejected() =>
        Assert.That(Fails(Good.Replace("    attested_by: Facilities manager\n", string.Empty, StringComparison.Ordinal)),
            Is.EqualTo("attestations.yaml:2:5: attestations[0].attested_by: missing required field"));

    [Test]
    public void An_attestation_expiring_before_it_was_made_is_rejected() =>
        Assert.That(Fails(Good.Replace("expires: 2027-05-02", "expires: 2026-01-01", StringComparison.Ordinal)),
            Is.EqualTo("attestations.yaml:5:14: attestations[0].expires: expires before attested_on"));

    [Test]
    public void An_attestation_with_an_unknown_field_is_rejected() =>
        Assert.That(Fails(Good + "\n    photo: yes\n"),
            Is.EqualTo("attestations.yaml:8:5: attestations[0].photo: unknown field"));

    [TestCase("PHY-09", "'PHY-09' is not a requirement of the catalog")]
    [TestCase("NET-07", "'NET-07' is not a manual policy and cannot be attested")]
    public void An_attestation_of_an_unknown_or_automated_control_is_rejected(string control, string problem)
    {
        using var folder = new TempFolder();
        folder.Write("evidence/phy-01-lock-log.txt", "door log");
        var path = folder.Write("attestations.yaml", Good.Replace("PHY-01", control, StringComparison.Ordinal));
        var catalog = new PolicyCatalog([TestPolicies.Manual("PHY-01"), TestPolicies.Automated("NET-07")]);
        var ex = Assert.Throws<InputException>(() => AttestationLoader.Load(path, folder.Path, catalog));
        Assert.That(ex!.Message, Is.EqualTo($"{path}:2:14: attestations[0].control: {problem}"));
    }
}
