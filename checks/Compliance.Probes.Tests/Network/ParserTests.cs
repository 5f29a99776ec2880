using Compliance.Core.Transport;
using Compliance.Probes.Network;

namespace Compliance.Probes.Tests.Network;

public sealed class ParserTests
{
    [Test]
    public void Port_ranges_expand_and_compact_round_trip()
    {
        var ports = PortRanges.Parse("22,80-82,443");
        Assert.That(ports, Is.EqualTo(new[] { 22, 80, 81, 82, 443 }));
        Assert.That(PortRanges.Format(ports), Is.EqualTo("22,80-82,443"));
    }

    [Test]
    public void Scan_output_yields_ports_per_class_and_counts()
    {
        var result = PortScanParser.Parse("t", "tcp", "connected 443\nrefused 1-3\ncounts connected=1 refused=3 timedout=6\ntotal 10 elapsed 1.0 window 10 timeout 1.00\n");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.PortsOf(PortClass.Connected), Is.EqualTo(new[] { 443 }));
            Assert.That(result.ClassOf(2, PortClass.TimedOut), Is.EqualTo(PortClass.Refused));
            Assert.That(result.ClassOf(9, PortClass.TimedOut), Is.EqualTo(PortClass.TimedOut));
            Assert.That(result.CountOf(PortClass.TimedOut), Is.EqualTo(6));
            Assert.That(result.Summary, Is.EqualTo("connected=1 refused=3 timedout=6"));
        }
    }

    [Test]
    public void Scan_output_whose_counts_do_not_add_up_is_a_probe_failure() =>
        Assert.Throws<ProbeException>(() => PortScanParser.Parse("t", "tcp", "connected 443\ncounts connected=1\ntotal 10 elapsed 1\n"));

    [Test]
    public void Truncated_scan_output_is_a_probe_failure() =>
        Assert.Throws<ProbeException>(() => PortScanParser.Parse("t", "tcp", "connected 443\n"));

    [Test]
    public void Listening_sockets_keep_address_port_process_and_owner()
    {
        var sockets = ListeningSocketReader.Parse(
            "tcp LISTEN 0 128 198.18.50.10:8888 0.0.0.0:* users:((\"jupyter-noteboo\",pid=9,fd=5)) uid:1001 ino:1 sk:2 <->\n" +
            "tcp LISTEN 0 128 [::]:22 [::]:* users:((\"sshd\",pid=3,fd=3)) ino:1 sk:2 <->\n" +
            "udp UNCONN 0 0 127.0.0.1%lo:53 0.0.0.0:* users:((\"dnsmasq\",pid=4,fd=4))\n");
        Assert.That(sockets, Is.EqualTo(new[]
        {
            new ListeningSocket("tcp", "198.18.50.10", 8888, "jupyter-noteboo", 1001),
            new ListeningSocket("tcp", "::", 22, "sshd", 0),
            new ListeningSocket("udp", "127.0.0.1", 53, "dnsmasq", 0, "lo"),
        }));
        Assert.That(sockets[2].LoopbackOnly && sockets[1].Wildcard, Is.True);
    }

    [Test]
    public void Tls_handshake_is_classified_established_refused_or_client_limited()
    {
        static TlsClass Class(string text) => TlsProbe.Classify(new CommandResult(1, text, "", TimeSpan.Zero, false)).Class;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Class("CONNECTION ESTABLISHED\nProtocol version: TLSv1\nCiphersuite: ECDHE-RSA-AES128-SHA\n"), Is.EqualTo(TlsClass.Established));
            Assert.That(Class("error:0A00042E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version"), Is.EqualTo(TlsClass.Refused));
            Assert.That(Class("error:0A0000B9:SSL routines:SSL_CTX_set_cipher_list:no cipher match"), Is.EqualTo(TlsClass.ClientCannotOffer));
            Assert.That(Class("connect:errno=111"), Is.EqualTo(TlsClass.ConnectFailed));
        }
    }

    [Test]
    public void Proxy_answers_tell_the_origin_from_a_policy_refusal()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ProxyProbe.Classify("u", "HTTP/1.1 200 OK\n\nRESULT 200 0 0\n", "", 0).Class, Is.EqualTo(ProxyClass.Allowed));
            Assert.That(ProxyProbe.Classify("u", "HTTP/1.1 403 Forbidden\nX-Squid-Error: ERR_ACCESS_DENIED 0\n\nRESULT 403 0 0\n", "", 0).Class, Is.EqualTo(ProxyClass.Denied));
            Assert.That(ProxyProbe.Classify("u", "HTTP/1.1 403 Forbidden\n\nRESULT 0 403 56\n", "", 56).Class, Is.EqualTo(ProxyClass.Denied));
            Assert.That(ProxyProbe.Classify("u", "HTTP/1.1 503\nX-Squid-Error: ERR_DNS_FAIL 0\n\nRESULT 503 0 0\n", "", 0).Class, Is.EqualTo(ProxyClass.UpstreamError));
            Assert.That(ProxyProbe.Classify("u", "\nRESULT 0 0 7\n", "", 7).Class, Is.EqualTo(ProxyClass.ProxyUnreachable));
        }
    }

    [Test]
    public void Eap_accept_carries_the_vlan_and_reject_none()
    {
        var accept = EapTlsProbe.Classify("RADIUS message: code=2 (Access-Accept)\n   Attribute 81 (Tunnel-Private-Group-Id) length=5\n      Value: 313130\nSUCCESS\n", 0);
        var reject = EapTlsProbe.Classify("RADIUS message: code=3 (Access-Reject)\nFAILURE\n", 252);
        Assert.That((accept.Class, accept.Vlan.GroupIds.Single(), reject.Class, reject.Reply.Count), Is.EqualTo((EapTlsClass.Accept, "110", EapTlsClass.Reject, 0)));
    }

    [Test]
    public void Ssh_kexinit_lists_are_merged_per_kind()
    {
        var offer = SshKexReader.Parse("banner SSH-2.0-OpenSSH_9.2\nkex curve25519-sha256,kex-strict-s-v00@openssh.com\nhostkey ssh-ed25519\ncipher_c2s aes128-gcm@openssh.com\ncipher_s2c aes128-gcm@openssh.com,aes128-cbc\nmac_c2s hmac-sha2-256-etm@openssh.com\nmac_s2c hmac-sha2-256-etm@openssh.com\n");
        Assert.That(offer.Ciphers, Is.EqualTo(new[] { "aes128-gcm@openssh.com", "aes128-cbc" }));
        Assert.That(offer.Kex.Where(k => !SshKexReader.IsMarker(k)), Is.EqualTo(new[] { "curve25519-sha256" }));
    }

    [Test]
    public void Ssh_auth_methods_come_from_the_permission_denied_line() =>
        Assert.That(SshAuthMethodsProbe.Parse("x@h: Permission denied (publickey,password,keyboard-interactive)."), Is.EqualTo(new[] { "publickey", "password", "keyboard-interactive" }));

    [Test]
    public void Dhcp_lease_and_its_absence_are_parsed()
    {
        var leased = DhcpProbe.Parse("mac 02:5e:10:00:00:11 on eth0\ndhclient-exit 0\nlease fixed-address 198.18.10.11;\nlease option dhcp-server-identifier 198.18.10.1;\n");
        var none = DhcpProbe.Parse("mac 02:aa:bb:cc:dd:ee on dp1\ndhclient-exit 2\n");
        Assert.That((leased.Address, leased.Server, none.Leased), Is.EqualTo(("198.18.10.11", "198.18.10.1", false)));
    }

    [Test]
    public void Batched_authentication_method_answers_are_split_per_account()
    {
        var output = "@@user root\nroot@198.18.50.10: Permission denied (publickey).\n\n@@exit 255\n@@user infra1\ninfra1@198.18.50.10: Permission denied (publickey,password).\n\n@@exit 255\n@@user bob\nssh: connect to host 198.18.50.10 port 22: Connection timed out\n\n@@exit 255\n";
        var answers = SshAuthMethodsProbe.SplitBatch(output, ["root", "infra1", "bob"]);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers[0].Methods, Is.EqualTo(new[] { "publickey" }));
            Assert.That(answers[1].Methods, Is.EqualTo(new[] { "publickey", "password" }));
            Assert.That(answers[2].Methods, Is.Null);
            Assert.That(answers[2].Error, Does.Contain("did not list authentication methods"));
        }
    }

    [Test]
    public void Random_mac_is_locally_administered_unicast()
    {
        var first = Convert.ToByte(DhcpProbe.RandomMac()[..2], 16);
        Assert.That((first & 0x03), Is.EqualTo(0x02));
    }

    [Test]
    public void Certificate_verdict_needs_openssl_result()
    {
        var ok = CertificateProbe.Parse("Verify return code: 0 (ok)\ncert subject=CN = ml01\ncert notAfter=Jan  1 00:00:00 2030 GMT\ncheckend ok\n");
        Assert.That((ok.ChainAndNameOk, ok.InDate, ok.Subject), Is.EqualTo((true, true, "CN = ml01")));
        Assert.Throws<ProbeException>(() => CertificateProbe.Parse("connect:errno=111"));
    }

    [Test]
    public void A_certificate_probe_without_an_answer_says_why_and_not_the_parsing_noise()
    {
        var error = Assert.Throws<ProbeException>(() => CertificateProbe.Parse("no TLS answer within 15 s\ncert Could not find certificate from <stdin>\ncheckend expiring\n"));
        Assert.That(error!.Message, Is.EqualTo("openssl gave no verification result (no TLS answer within 15 s)"));
    }
}
