namespace Compliance.Lab.Tests.Integration;

/// <summary>Every service answers from the hosts allowed to use it and is refused from the others.</summary>
[TestFixture, Category("Integration")]
public class ServiceReachabilityTests
{
    private const string Ssh = "install -m 0600 \"/var/lib/compliance-lab/$LAB_INSTANCE/fixtures/ssh/compliance_ed25519\" /tmp/key && ssh -i /tmp/key -o BatchMode=yes "
        + "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o ConnectTimeout=5";

    private static readonly Probe[] Answering =
    [
        new("room reaches the gateway's sshd", "infra-term", "exec 3<>/dev/tcp/198.18.30.20/22; head -c 7 <&3", "SSH-2.0"),
        new("room terminal got its reserved address by DHCP", "dev-term", "ip -4 -o addr show eth0", "198.18.10.13/24"),
        new("data terminal browses an allowlisted site through the proxy", "data-term", "curl -s -x http://198.18.30.10:3128 http://pypi.example/", "site pypi.example"),
        new("secure zone reaches an allowlisted https site through the proxy", "ml01", "curl -sk -x http://198.18.30.10:3128 https://github.example/", "site github.example"),
        new("secure zone resolves internal names", "ml01", "dig +short +time=2 +tries=2 @198.18.30.11 proxy.lab.internal", "198.18.30.10"),
        new("secure zone gets NTP time", "ml01", "chronyd -Q -t 15 -f /dev/null 'server 198.18.30.12 iburst maxsamples 1' 2>&1", "System clock wrong by"),
        new("secure zone reaches the SMTP relay", "ml01", "exec 3<>/dev/tcp/198.18.30.13/25; head -1 <&3", "220 "),
        new("project certificate gets VLAN 110", "infra-term", "eapol_test -c /etc/eapol/infra01.conf -a 198.18.30.14 -s lab-vantage-radius-secret 2>&1 | grep -E '^SUCCESS|Tunnel-Private-Group-Id' | sort | tr '\\n' ' '", "Attribute 81 (Tunnel-Private-Group-Id) length=5 SUCCESS"),
        new("gateway hop runs the command on ml01 and passes its exit status", "infra-term", $"{Ssh} compliance@198.18.30.20 'ml01 id -un; exit 7'; echo rc=$?", "compliance\nrc=7"),
        new("gateway hop quotes the command so nothing runs on the gateway", "infra-term", $"{Ssh} compliance@198.18.30.20 'ml01 echo a; hostname'", "a\nml01"),
        new("gateway records hops in root-owned files", "gateway", $"{Ssh} compliance@198.18.30.20 'ml01 true' && stat -c '%U %a' /var/log/ttyrec/compliance/*.ttyrec | sort -u", "root 600"),
        new("the internet sink accepts any TCP port", "fw", "exec 3<>/dev/tcp/198.19.0.100/31337; head -1 <&3", "lab-sink"),
        new("the internet sink answers any UDP port", "fw", "echo x | socat -t3 - UDP:198.19.0.100:5353", "lab-sink"),
        new("the proxy reaches internet sites directly", "proxy", "curl -sk https://blocked.example/ --resolve blocked.example:443:198.19.0.20", "site blocked.example"),
        new("nginx maps an https port to its Jupyter server", "dev-term", "curl -s --cacert /etc/eapol/ca.crt -o /dev/null -w '%{http_code}' https://ml01.lab.internal/8889/login", "200"),
        new("clamd detects the EICAR test file", "ml01", "printf '%s' 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR' > /tmp/e && printf '%s' '-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*' >> /tmp/e && chmod 644 /tmp/e && clamdscan --no-summary /tmp/e", "FOUND"),
    ];

    private static readonly Probe[] Refused =
    [
        Probe.Tcp("room cannot ssh to ml01 directly", "dev-term", "198.18.50.10", 22, open: false),
        Probe.Tcp("room cannot reach a Jupyter port", "infra-term", "198.18.50.10", 8888, open: false),
        Probe.Tcp("the Mac infra terminal cannot reach the Secure Zone's HTTPS", "infra-term", "198.18.50.10", 443, open: false),
        Probe.Tcp("an unregistered room address cannot reach the gateway", "room-stray", "198.18.30.20", 22, open: false),
        Probe.Tcp("an unregistered room address cannot reach the Secure Zone's HTTPS", "room-stray", "198.18.50.10", 443, open: false),
        Probe.Tcp("office cannot reach the secure zone", "office-pc", "198.18.50.10", 443, open: false),
        Probe.Tcp("office cannot reach the gateway", "office-pc", "198.18.30.20", 22, open: false),
        Probe.Tcp("secure zone cannot reach the internet sink", "ml01", "198.19.0.100", 4242, open: false),
        Probe.Tcp("secure zone cannot reach a public resolver", "ml01", "198.19.0.53", 53, open: false),
        Probe.Tcp("developer terminal cannot use the proxy", "dev-term", "198.18.30.10", 3128, open: false),
        Probe.Tcp("developer terminal cannot administer the DMZ", "dev-term", "198.18.30.11", 22, open: false),
        Probe.Tcp("infra terminal reaches no internet site", "infra-term", "198.19.0.10", 443, open: false),
        new("the proxy refuses a site off the allowlist", "ml01", "curl -s -o /dev/null -w '%{http_code}' -x http://198.18.30.10:3128 http://evil.example/", "403"),
        new("the proxy refuses an IP literal", "data-term", "curl -s -o /dev/null -w '%{http_code}' -x http://198.18.30.10:3128 http://198.19.0.10/", "403"),
        new("internal DNS does not resolve external names", "ml01", "dig +time=2 +tries=2 @198.18.30.11 pypi.example | grep -o 'status: [A-Z]*'", "status: REFUSED"),
        new("non-project certificate is rejected", "infra-term", "eapol_test -c /etc/eapol/guest01.conf -a 198.18.30.14 -s lab-vantage-radius-secret 2>&1 | tail -1", "FAILURE"),
        new("expired certificate is rejected", "infra-term", "eapol_test -c /etc/eapol/infra02.conf -a 198.18.30.14 -s lab-vantage-radius-secret 2>&1 | tail -1", "FAILURE"),
        new("revoked certificate is rejected", "infra-term", "eapol_test -c /etc/eapol/data02.conf -a 198.18.30.14 -s lab-vantage-radius-secret 2>&1 | tail -1", "FAILURE"),
        new("gateway refuses TCP forwarding", "infra-term", $"{Ssh} -o 'ProxyCommand=ssh -i /tmp/key -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -W %h:%p compliance@198.18.30.20' compliance@198.18.50.10 true 2>&1; echo rc=$?", "rc=255"),
        new("gateway refuses a target that is not listed", "infra-term", $"{Ssh} compliance@198.18.30.20 'fw id' 2>&1", "not a permitted target"),
        new("nginx maps no port outside the Jupyter range", "dev-term", "curl -s --cacert /etc/eapol/ca.crt -o /dev/null -w '%{http_code}' https://ml01.lab.internal/22/", "404"),
        new("Jupyter refuses a request without token", "dev-term", "curl -s --cacert /etc/eapol/ca.crt -o /dev/null -w '%{http_code}' https://ml01.lab.internal/8888/api/kernels", "403"),
        new("an unregistered MAC gets no room address", "infra-term",
            "ip link add mv9 link eth0 address 02:5e:10:00:00:99 type macvlan mode bridge && ip link set mv9 up && "
            + "(timeout 8 dhclient -1 -4 -sf /bin/true -pf /tmp/mv9.pid -lf /tmp/mv9.leases mv9 >/dev/null 2>&1 && echo LEASED || echo NO-LEASE); ip link del mv9", "NO-LEASE"),
        new("infra staff cannot read the confidential data", "ml01", "setpriv --reuid=infra1 --regid=infra1 --init-groups cat /srv/confidential/dataset.csv 2>&1; echo rc=$?", "rc=1"),
    ];

    [TestCaseSource(nameof(Answering))]
    public async Task Service_answers_from_an_allowed_host(Probe probe) => await Expect(probe);

    [TestCaseSource(nameof(Refused))]
    public async Task Service_is_refused_from_a_wrong_host(Probe probe) => await Expect(probe);

    private static async Task Expect(Probe probe)
    {
        var result = await LabUp.Driver.ExecAsync(probe.Host, probe.Script);

        Assert.That(result.Output, Does.Contain(probe.Expected), $"{probe.Host}: {probe.Script}");
    }
}
