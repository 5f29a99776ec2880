using Compliance.Probes.Ssh;

namespace Compliance.Probes.Tests.Ssh;

[TestFixture]
public sealed class ShellQuotingTests
{
    private static readonly string[] Hostile =
    [
        "a; touch /tmp/x", "$(id)", "`id`", "'", "\"", "it's", "a\"b'c", "*", "~", "$HOME", "a\nb", "  spaced  ", "", "\\", "-n", "&&", "|", "#x",
    ];

    [TestCase("/bin/sh")]
    [TestCase("/bin/bash")]
    public void Posix_shells_see_exactly_the_quoted_arguments(string shell)
    {
        var line = ShellQuoting.Join(["printf", "%s\\0", .. Hostile]);

        var output = ShellRunner.Run(shell, "-c", line);

        Assert.That(output.Split('\0')[..^1], Is.EqualTo(Hostile));
    }

    [Test]
    public void An_embedded_single_quote_closes_escapes_and_reopens_the_word() =>
        Assert.That(ShellQuoting.Quote("it's"), Is.EqualTo("'it'\\''s'"));

    [Test]
    public void A_nul_character_cannot_be_quoted() =>
        Assert.Throws<ArgumentException>(() => ShellQuoting.Quote("a\0b"));

    [Test]
    public void An_empty_argument_vector_is_refused() =>
        Assert.Throws<ArgumentException>(() => ShellQuoting.Join([]));
}
