using Compliance.Core.Redaction;

namespace Compliance.Core.Tests.Redaction;

/// <summary>A word such as "token" or "password" in a sentence does not make the next words a secret.</summary>
public sealed class ProseTests
{
    private static readonly Redactor Run = new(["s3cr3t-radius-Xy"]);

    [TestCase("served without a token: GET /9000/api/contents -> 200")]
    [TestCase("GET without a token: 401/403 or redirect to login")]
    [TestCase("served without a token: GET /9000/api/contents -> 200; PUT /9000/api/contents/x.ipynb -> 201")]
    [TestCase("2 Jupyter servers refuse contents, files, sessions and kernels without a token")]
    public void Jupyter_token_check_messages_survive_unchanged(string text) =>
        Assert.That(Run.Redact(text), Is.EqualTo(text));

    [TestCase("the password: hunter2 was refused")]
    [TestCase("sshd offers password: keyboard-interactive and publickey")]
    [TestCase("rotate the client secret: see the runbook")]
    public void A_secret_word_inside_a_sentence_is_not_a_key(string text) =>
        Assert.That(Run.Redact(text), Is.EqualTo(text));
}
