using Compliance.Core.Redaction;

namespace Compliance.Core.Tests.Redaction;

/// <summary>A secret value the run loaded is redacted wherever it appears, whatever precedes it.</summary>
public sealed class KnownSecretTests
{
    private const string RadiusSecret = "s3cr3t-radius-Xy";

    [TestCase("eapol_test -c /etc/eapol/infra01.conf -a 198.18.30.14 -s s3cr3t-radius-Xy -t 15", "eapol_test -c /etc/eapol/infra01.conf -a 198.18.30.14 -s [REDACTED] -t 15")]
    [TestCase("the server answered s3cr3t-radius-Xy in the middle of a sentence", "the server answered [REDACTED] in the middle of a sentence")]
    [TestCase("s3cr3t-radius-Xy", "[REDACTED]")]
    [TestCase("clients.conf: client room {\n  ipaddr = 198.18.10.0/24\n  shortname = s3cr3t-radius-Xy\n}", "clients.conf: client room {\n  ipaddr = 198.18.10.0/24\n  shortname = [REDACTED]\n}")]
    [TestCase("x=s3cr3t-radius-Xy,y=s3cr3t-radius-Xy", "x=[REDACTED],y=[REDACTED]")]
    public void Loaded_secret_is_redacted_wherever_it_appears(string text, string expected)
    {
        var redactor = new Redactor();
        redactor.Add(RadiusSecret);

        Assert.That(redactor.Redact(text), Is.EqualTo(expected));
    }

    [Test]
    public void Secret_given_at_construction_is_known_and_surrounding_white_space_is_not_part_of_it()
    {
        var redactor = new Redactor([$"  {RadiusSecret}\n"]);

        Assert.That(redactor.KnownCount, Is.EqualTo(1));
        Assert.That(redactor.Redact($"secret is {RadiusSecret}."), Is.EqualTo("secret is [REDACTED]."));
    }

    [TestCase("admin")]
    [TestCase("12345")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Values_shorter_than_the_minimum_are_ignored(string? value)
    {
        var redactor = new Redactor();
        redactor.Add(value);

        Assert.That(redactor.KnownCount, Is.Zero);
        Assert.That(redactor.Redact("admin logged in with PIN 12345"), Is.EqualTo("admin logged in with PIN 12345"));
    }

    [Test]
    public void Longer_secret_containing_a_shorter_one_is_redacted_whole()
    {
        var redactor = new Redactor(["abcdef", "abcdef-ghijkl"]);

        Assert.That(redactor.Redact("key abcdef-ghijkl and abcdef"), Is.EqualTo("key [REDACTED] and [REDACTED]"));
    }

    [Test]
    public void Loaded_key_file_without_a_recognisable_form_is_redacted_whole()
    {
        const string Key = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\nAAAAIGq3xQ0Vb8mW2nTfL5yRc1dE7hJkP9sZuA4oXiN6wBvC\nPrivate-MAC: 7c2f0e9a1b";
        var redactor = new Redactor([Key + "\n"]);

        Assert.That(redactor.Redact($"cat printed {Key}\nand stopped"), Is.EqualTo("cat printed [REDACTED]\nand stopped"));
    }

    [Test]
    public void Secrets_added_from_many_threads_are_all_redacted()
    {
        var redactor = new Redactor();
        var secrets = Enumerable.Range(0, 200).Select(i => $"secret-value-{i:D4}").ToArray();

        Parallel.ForEach(secrets, s =>
        {
            redactor.Add(s);
            _ = redactor.Redact("concurrent read " + s);
        });

        Assert.That(redactor.KnownCount, Is.EqualTo(secrets.Length));
        Assert.That(secrets.Select(s => redactor.Redact($"saw {s} here")), Has.All.EqualTo("saw [REDACTED] here"));
    }

    [Test]
    public void Adding_returns_the_value_so_a_read_can_register_inline()
    {
        var redactor = new Redactor();

        Assert.That(redactor.Add(RadiusSecret), Is.EqualTo(RadiusSecret));
        Assert.That(redactor.Redact(RadiusSecret), Is.EqualTo(Redactor.Marker));
    }
}
