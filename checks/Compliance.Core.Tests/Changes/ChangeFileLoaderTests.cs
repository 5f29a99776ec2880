using Compliance.Core.Changes;
using Compliance.Core.Inputs;
using Compliance.Core.Tests.Support;

namespace Compliance.Core.Tests.Changes;

public sealed class ChangeFileLoaderTests
{
    private static readonly string[] Hosts = ["fw", "ml01", "proxy"];

    [Test]
    public void A_change_file_gives_its_steps_with_their_lines_and_its_sha256()
    {
        using var folder = new TempFolder();
        var path = folder.Write("open.yaml", """
            name: partner-sftp
            description: The Secure Zone may reach a partner's SFTP server.
            steps:
              - host: fw
                run: nft insert rule inet filter forward tcp dport 22 accept
              - {host: ml01, run: "true"}
            """);

        var change = ChangeFileLoader.Load(path, Hosts);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(change.Format, Is.EqualTo(ChangeFormat.Steps));
            Assert.That(change.Description, Is.EqualTo("partner-sftp: The Secure Zone may reach a partner's SFTP server."));
            Assert.That(change.Steps, Is.EqualTo(new[] { new ChangeStep("fw", "nft insert rule inet filter forward tcp dport 22 accept", 4), new ChangeStep("ml01", "true", 6) }));
            Assert.That(change.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)))));
        }
    }

    [TestCase("description: d\nsteps:\n  - host: fw\n    run: x\n    user: root\n", "open.yaml:5:5: steps[0].user: unknown field (allowed: host, run)")]
    [TestCase("description: d\nsteps:\n  - host: db01\n    run: x\n", "open.yaml:3:11: steps[0].host: 'db01' is not a host of the lab (hosts: fw, ml01, proxy)")]
    [TestCase("description: d\nsteps: []\n", "open.yaml:2:8: steps: must not be empty")]
    [TestCase("steps:\n  - {host: fw, run: x}\n", "open.yaml:1:1: description: missing required field")]
    [TestCase("description: d\nbreak:\n  - {host: fw, run: x}\n", "open.yaml:2:1: break: unknown field (allowed: name, description, steps)")]
    [TestCase("description: d\nsteps:\n  - {host: fw, run: [x]}\n", "open.yaml:3:21: steps[0].run: must be a value, found a list")]
    [TestCase("", "open.yaml:1:1: (document): the change file is empty")]
    public void A_malformed_change_file_is_refused_with_file_line_column_and_field(string text, string message) =>
        Assert.That(InputRefusal.Message("open.yaml", text, (path, _) => ChangeFileLoader.Load(path, Hosts)), Is.EqualTo(message));

    [Test]
    public void A_missing_change_file_is_refused()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "none.patch");

        Assert.That(() => ChangeFileLoader.Load(missing, Hosts), Throws.InstanceOf<InputException>().With.Message.EqualTo($"{missing}: the change file does not exist"));
    }

    [Test]
    public void A_patch_names_the_lab_files_it_touches()
    {
        using var folder = new TempFolder();
        var path = folder.Write("proxy.patch", """
            Let the Secure Zone fetch from huggingface.example.

            diff --git a/environments/lab/hosts/proxy/etc/squid/squid.conf b/environments/lab/hosts/proxy/etc/squid/squid.conf
            index 037ed52..a696449 100644
            --- a/environments/lab/hosts/proxy/etc/squid/squid.conf
            +++ b/environments/lab/hosts/proxy/etc/squid/squid.conf
            @@ -9,2 +9,3 @@
             acl allowed_sites dstdomain -n github.example
            +acl allowed_sites dstdomain -n huggingface.example
             acl SSL_ports port 443
            diff --git a/environments/lab/expected/proxy.yaml b/environments/lab/expected/proxy.yaml
            --- a/environments/lab/expected/proxy.yaml
            +++ b/environments/lab/expected/proxy.yaml
            @@ -1 +1 @@
            -a: 1
            +a: 2

            """);

        var change = ChangeFileLoader.Load(path, Hosts);

        Assert.That(change.Format, Is.EqualTo(ChangeFormat.Patch));
        Assert.That(change.PatchedFiles, Is.EqualTo(new[] { "hosts/proxy/etc/squid/squid.conf", "expected/proxy.yaml" }));
        Assert.That(change.Steps, Is.Empty);
    }

    [Test]
    public void A_removed_line_that_reads_like_a_file_header_is_content_of_its_hunk()
    {
        const string Patch = "--- a/environments/lab/hosts/dns/etc/notes\n+++ b/environments/lab/hosts/dns/etc/notes\n@@ -1,2 +1,1 @@\n--- /etc/passwd\n keep\n";

        Assert.That(PatchFiles.Of("notes.patch", Patch), Is.EqualTo(new[] { "hosts/dns/etc/notes" }));
    }

    [TestCase("--- a/checks/Compliance.Controls/Net.cs\n+++ b/checks/Compliance.Controls/Net.cs\n", "x.patch:1:5: (patch): 'checks/Compliance.Controls/Net.cs' is not a file of the lab: a change may touch only files under environments/lab/")]
    [TestCase("diff --git a/environments/lab/../../policies/network.yaml b/environments/lab/../../policies/network.yaml\n", "x.patch:1:12: (patch): 'environments/lab/../../policies/network.yaml' is not a file of the lab: a change may touch only files under environments/lab/")]
    [TestCase("just some text\nthat is no diff\n", "x.patch:1:1: (patch): no file header (diff --git, ---, +++): not a patch in git diff format")]
    [TestCase("--- /dev/null\n+++ b/policies/extra.yaml\n", "x.patch:2:5: (patch): 'policies/extra.yaml' is not a file of the lab: a change may touch only files under environments/lab/")]
    public void A_patch_outside_the_lab_or_without_file_headers_is_refused_with_its_line(string text, string message) =>
        Assert.That(InputRefusal.Message("x.patch", text, (path, _) => ChangeFileLoader.Load(path, Hosts)), Is.EqualTo(message));
}
