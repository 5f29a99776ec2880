using Compliance.Probes.Sshd;

namespace Compliance.Probes.Tests.Host;

public sealed class DaemonSettingsParserTests
{
    private const string Output = """
        port 22
        PasswordAuthentication no
        permitrootlogin prohibit-password
        hostkey /etc/ssh/ssh_host_ed25519_key
        hostkey /etc/ssh/ssh_host_rsa_key
        subsystem sftp /usr/lib/openssh/sftp-server
        forcecommand /usr/local/bin/recorded-hop --log
        disableforwarding yes
        """;

    [Test]
    public void Keywords_are_keyed_in_lower_case()
    {
        var settings = SshdSettingsParser.Parse(Output);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.Value("passwordauthentication"), Is.EqualTo("no"));
            Assert.That(settings.Value("PasswordAuthentication"), Is.EqualTo("no"));
            Assert.That(settings.Is("disableforwarding", "yes"), Is.True);
        }
    }

    [Test]
    public void A_keyword_printed_on_several_lines_keeps_every_value_in_order()
    {
        var settings = SshdSettingsParser.Parse(Output);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.Values("hostkey"), Is.EqualTo(new[] { "/etc/ssh/ssh_host_ed25519_key", "/etc/ssh/ssh_host_rsa_key" }));
            Assert.That(settings.Value("hostkey"), Is.EqualTo("/etc/ssh/ssh_host_ed25519_key /etc/ssh/ssh_host_rsa_key"));
        }
    }

    [Test]
    public void A_value_with_spaces_is_kept_whole()
    {
        var settings = SshdSettingsParser.Parse(Output);
        Assert.That(settings.Value("forcecommand"), Is.EqualTo("/usr/local/bin/recorded-hop --log"));
    }

    [Test]
    public void A_keyword_sshd_did_not_print_is_absent_and_takes_the_fallback()
    {
        var settings = SshdSettingsParser.Parse(Output);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.Has("permitopen"), Is.False);
            Assert.That(settings.Value("permitopen"), Is.Null);
            Assert.That(settings.Value("permitopen", "(unset)"), Is.EqualTo("(unset)"));
            Assert.That(settings.Values("permitopen"), Is.Empty);
        }
    }

    [Test]
    public void The_connection_whose_match_blocks_applied_is_kept()
    {
        var connection = new SshdConnection("dev1", "client", "198.18.10.21");
        var settings = SshdSettingsParser.Parse(Output, connection);
        Assert.That((settings.Connection, connection.Specification), Is.EqualTo((connection, "user=dev1,host=client,addr=198.18.10.21")));
    }

    [Test]
    public void Output_without_a_configuration_is_a_typed_probe_error() =>
        Assert.That(() => SshdSettingsParser.Parse("/etc/ssh/sshd_config line 3: Bad configuration option: Foo\n"),
            Throws.TypeOf<SshdSettingsException>().With.Message.Contains("printed no configuration"));

    [Test]
    public void The_daemon_is_read_by_its_absolute_path_with_the_connection_spec() =>
        Assert.That(SshdSettingsReader.Arguments(new SshdConnection("u", "h", "198.18.0.1")), Is.EqualTo(new[] { "/usr/sbin/sshd", "-T", "-C", "user=u,host=h,addr=198.18.0.1" }));
}
