using Compliance.Controls.Antivirus;
using Compliance.Controls.Audit;
using Compliance.Controls.Encryption;
using Compliance.Controls.Host;
using Compliance.Controls.Jupyter;
using Compliance.Controls.Network;
using Compliance.Controls.Tests.Antivirus;
using Compliance.Controls.Tests.Fakes;
using Compliance.Controls.Tests.Host;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;
using Compliance.Core.Transport;

namespace Compliance.Controls.Tests.Framework;

/// <summary>
/// One check per family: one target shows a violation while the probe of another throws. The check is Failed (never
/// Not verified), and its message names both the violation and what could not be verified.
/// </summary>
public sealed class ViolationBeatsFailedProbeTests
{
    private static readonly Func<CommandRequest, CommandResult> Broken = _ => throw new TransportException("connection reset by peer");

    [Test]
    public async Task Net_proxy_serving_unlisted_names_fails_although_a_connect_answer_was_unexpected()
    {
        var env = new FakeEnvironment();
        env.Add("proxy", "dmz", "198.18.30.10");
        env.Add("ml01", "secure", "198.18.50.10")
            .On("curl", "HTTP/1.1 200 OK\n\nRESULT 200 000 0\n")
            .On(c => c.Contains(":22/", StringComparison.Ordinal), _ => FakeHost.Result(35, "\nRESULT 000 000 35\n", "curl: (35) TLS connect error"));
        env.With(new ProxyExpectation
        {
            Host = "proxy", Port = 3128, Allowlist = ["pypi.example"], DeniedNames = ["evil.example"], IpLiteral = "198.19.0.10",
            AccessLog = "/var/log/squid/access.log", Clients = ["ml01"],
        });

        var result = await env.RunAsync(new ProxyRefusesUnlistedNamesIpLiteralsAndConnect());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("let through ml01 http://evil.example/").And.Contain("could not verify").And.Contain("https://pypi.example:22/"));
    }

    [Test]
    public async Task Enc_weak_algorithms_on_one_server_fail_although_the_other_server_cannot_be_probed()
    {
        var env = new FakeEnvironment();
        env.Add("ml01", "secure", "198.18.50.10");
        env.Add("gateway", "dmz", "198.18.30.20");
        env.Add("infra-term", "room", "198.18.10.11").On("198.18.50.10",
            "banner SSH-2.0-OpenSSH_9.2\nkex curve25519-sha256,diffie-hellman-group1-sha1\nhostkey ssh-ed25519\ncipher_c2s aes256-gcm@openssh.com\ncipher_s2c aes256-gcm@openssh.com\nmac_c2s hmac-sha2-256-etm@openssh.com\nmac_s2c hmac-sha2-256-etm@openssh.com\n");
        env.Add("dev-term", "room", "198.18.10.13").On(_ => true, Broken);
        env.With(new SshPolicyExpectation
        {
            Servers = [new() { Host = "ml01", Vantage = "infra-term" }, new() { Host = "gateway", Vantage = "dev-term" }],
            AllowedKex = ["curve25519-sha256"], AllowedHostKeys = ["ssh-ed25519"], AllowedCiphers = ["aes256-gcm@openssh.com"],
            AllowedMacs = ["hmac-sha2-256-etm@openssh.com"], AllowedAuthentication = ["publickey"],
        });

        var result = await env.RunAsync(new SshServersOfferOnlyStrongAlgorithms());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("ml01 offers diffie-hellman-group1-sha1").And.Contain("could not verify: gateway").And.Contain("connection reset by peer"));
    }

    [Test]
    public async Task Host_a_second_uid_zero_account_fails_although_another_server_cannot_be_reached()
    {
        var world = new HostWorld();
        world.Sudo.Passwd += "\ntoor:x:0:0::/root:/bin/bash";
        world.Env.Add("ml02", "secure", "198.18.50.11").On(_ => true, Broken);
        var env = world.Build();
        var sudo = env.Context().Inventory.Expected.Get<SudoExpectation>();
        env.With(sudo with { Hosts = ["ml01", "ml02"] });

        var result = await env.RunAsync(new RootOnSecureZoneServersIsHeldByTheDevelopmentSide());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("toor").And.Contain("could not verify: ml02"));
    }

    [Test]
    public async Task Data_a_copy_on_one_host_fails_although_another_host_cannot_be_searched()
    {
        var world = new DataWorld();
        world.SearchHits["gateway"] = $"/tmp/stash/{DataWorld.Marker[(DataWorld.Store.Length + 1)..]}\n";
        var env = world.Build();
        env["proxy"].On(_ => true, Broken);

        var result = await env.RunAsync(new ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("gateway holds /tmp/stash").And.Contain("could not verify: proxy"));
    }

    [Test]
    public async Task Data_a_wrong_owner_fails_although_the_acl_read_failed()
    {
        var world = new DataWorld();
        world.Listing = world.Listing.Replace($"f\tproject\tproject\t640\t{DataWorld.Store}/train.csv", $"f\tinfra1\tproject\t640\t{DataWorld.Store}/train.csv", StringComparison.Ordinal);
        var env = world.Build();
        env["ml01"].On(c => c.Contains("getfacl", StringComparison.Ordinal), _ => throw new TransportException("getfacl: connection lost"));

        var result = await env.RunAsync(new ConfidentialDataIsOwnedByTheProjectAndClosedToOthers());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("train.csv is owned by infra1").And.Contain("could not verify: ACLs"));
    }

    [Test]
    public async Task Av_a_stopped_daemon_fails_although_another_server_cannot_be_reached()
    {
        var world = new AvWorld();
        world.Daemon["proxy"] = "clamd pids:\nERROR: Could not connect to clamd on LocalSocket /run/clamav/clamd.ctl\nping exit: 2\n";
        var env = world.Build();
        env["gateway"].On(_ => true, Broken);

        var result = await env.RunAsync(new AntivirusDaemonRunsOnEveryServer());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.StartWith("proxy:").And.Contain("could not verify: gateway"));
    }

    [Test]
    public async Task Aud_a_recording_writable_by_one_user_fails_although_another_user_cannot_be_checked()
    {
        var sudoHost = new FakeSudoHost();
        var env = new FakeEnvironment();
        sudoHost.Apply(env.Add("gateway", "dmz", "198.18.30.20"))
            .On("find /var/log/ttyrec -type f", "/var/log/ttyrec/a.tty\n")
            .On("id -u -- infra1", "1001\n")
            .On("runuser -u infra1 -- find /var/log/ttyrec -writable", "/var/log/ttyrec/a.tty\n")
            .On("find /var/log/ttyrec -user infra1", "")
            .On("runuser -u infra1 -- test -w /var/log", "", 1)
            .On(c => c.Contains("id -u -- infra2", StringComparison.Ordinal), _ => throw new TransportException("channel closed"));
        env.With(new RecordingsExpectation
        {
            Gateway = "gateway", Directory = "/var/log/ttyrec", RecordedUsers = ["infra1", "infra2"], SessionFrom = "infra-term",
            SessionUser = "compliance", SessionKeyFile = "k", GatewayHostKey = "k.pub", SessionTarget = "ml01",
        });

        var result = await env.RunAsync(new RecordedUsersCannotAlterOrDeleteRecordings());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("infra1 can change /var/log/ttyrec/a.tty").And.Contain("could not verify: infra2"));
    }

    [Test]
    public async Task Jup_a_notebook_served_without_a_token_fails_although_another_server_did_not_answer()
    {
        var env = new FakeEnvironment();
        env.Add("ml01", "secure", "198.18.50.10").On("ss -Htlnupe",
            "tcp LISTEN 0 128 0.0.0.0:8801 0.0.0.0:* users:((\"jupyter-noteboo\",pid=11,fd=3)) uid:1001 ino:1 sk:1\n" +
            "tcp LISTEN 0 128 0.0.0.0:8802 0.0.0.0:* users:((\"jupyter-noteboo\",pid=12,fd=3)) uid:1002 ino:2 sk:2\n");
        env.Add("dev-term", "room", "198.18.10.13")
            .On("/8801/", "{\"version\": \"7.0\"}\nHTTPSTATUS 200\n")
            .On(c => c.Contains("/8802/", StringComparison.Ordinal), _ => throw new TransportException("curl: connection reset"));
        env.With(new JupyterExpectation { Host = "ml01", PortMin = 8800, PortMax = 8899, Servers = [new() { User = "alice", Port = 8801 }], Terminals = ["dev-term"] });

        var result = await env.RunAsync(new JupyterRequiresAToken());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), result.Message);
        Assert.That(result.Message, Does.Contain("served without a token: GET /8801/api/contents").And.Contain("could not verify: /8802/"));
    }
}
