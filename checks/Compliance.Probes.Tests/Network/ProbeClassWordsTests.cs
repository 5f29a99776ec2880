using Compliance.Core.Transport;
using Compliance.Probes.Network;

namespace Compliance.Probes.Tests.Network;

public sealed class ProbeClassWordsTests
{
    [Test]
    public void Eap_tls_classes_print_the_words_evidence_has_always_shown()
    {
        string[] words = ["accept", "reject", "timeout", "error"];
        Assert.That(Enum.GetValues<EapTlsClass>().Select(c => c.Describe()), Is.EqualTo(words));
    }

    [Test]
    public void Eap_tls_without_a_verdict_is_a_timeout_or_an_error()
    {
        var timeout = EapTlsProbe.Classify("EAPOL test timed out\nFAILURE\n", 255);
        var garbled = EapTlsProbe.Classify("Could not read configuration\n", 255);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((timeout.Class, timeout.NoVerdict), Is.EqualTo((EapTlsClass.Timeout, true)));
            Assert.That((garbled.Class, garbled.NoVerdict), Is.EqualTo((EapTlsClass.Error, true)));
            Assert.That(EapTlsProbe.Describe(timeout), Is.EqualTo("timeout"));
        }
    }

    [Test]
    public void Proxy_classes_print_the_words_evidence_has_always_shown()
    {
        string[] words = ["allowed", "denied", "proxy-unreachable", "upstream-error", "error"];
        Assert.That(Enum.GetValues<ProxyClass>().Select(c => c.Describe()), Is.EqualTo(words));
    }

    [Test]
    public void A_proxy_answer_nobody_expected_is_an_error() =>
        Assert.That(ProxyProbe.Classify("u", "garbage", "curl: (56) Recv failure", 56).Class, Is.EqualTo(ProxyClass.Error));

    [Test]
    public void Tls_classes_print_the_words_evidence_has_always_shown()
    {
        string[] words = ["established", "refused", "connect-failed", "client-cannot-offer", "timedout", "error"];
        Assert.That(Enum.GetValues<TlsClass>().Select(c => c.Describe()), Is.EqualTo(words));
    }

    [Test]
    public void A_tls_probe_that_timed_out_or_printed_nothing_known_is_not_a_refusal()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(TlsProbe.Classify(new CommandResult(-1, "", "", TimeSpan.FromSeconds(20), true)).Class, Is.EqualTo(TlsClass.TimedOut));
            Assert.That(TlsProbe.Classify(new CommandResult(1, "something else", "", TimeSpan.Zero, false)).Class, Is.EqualTo(TlsClass.Error));
        }
    }
}
