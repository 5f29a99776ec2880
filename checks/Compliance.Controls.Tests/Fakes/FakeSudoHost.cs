using System.Text;
using Compliance.Probes.Host;

namespace Compliance.Controls.Tests.Fakes;

/// <summary>
/// The accounts and sudoers files of a fake server, answering <c>getent</c>, <c>cat</c> of the sudoers files, the
/// sudoers.d listing and <c>sudo -ll -U</c> (computed from the files as sudo would, unless overridden).
/// </summary>
internal sealed class FakeSudoHost
{
    public string Passwd { get; set; } = """
        root:x:0:0:root:/root:/bin/bash
        compliance:x:900:900::/home/compliance:/bin/bash
        dev1:x:3001:3001::/home/dev1:/bin/bash
        dev2:x:3002:3002::/home/dev2:/bin/bash
        infra1:x:2001:2001::/home/infra1:/bin/bash
        infra2:x:2002:2002::/home/infra2:/bin/bash
        project:x:5000:5000::/srv/confidential:/usr/sbin/nologin
        """;

    public string Group { get; set; } = """
        root:x:0:
        sudo:x:27:dev1,dev2
        ops:x:4000:infra2
        project:x:5000:dev1,dev2
        infra1:x:2001:
        infra2:x:2002:
        """;

    /// <summary>Directory accounts and groups: resolved by name (getent NAME, id -Gn NAME), never enumerated.</summary>
    public string DirectoryPasswd { get; set; } = "";

    public string DirectoryGroup { get; set; } = "";

    public Dictionary<string, string> Files { get; } = new()
    {
        ["/etc/sudoers"] = """
            Defaults env_reset
            Cmnd_Alias WEB = /usr/bin/systemctl restart nginx, /usr/bin/journalctl --no-pager -u nginx
            root ALL=(ALL:ALL) ALL
            %sudo ALL=(ALL:ALL) ALL
            @includedir /etc/sudoers.d
            """,
        ["/etc/sudoers.d/infra"] = "infra1, infra2 ALL=(root) NOPASSWD: WEB\n",
        ["/etc/sudoers.d/compliance"] = "compliance ALL=(ALL) NOPASSWD: ALL\n",
    };

    public Dictionary<string, string> ListingOverrides { get; } = [];

    public string Sshd { get; set; } = "port 22\npermitrootlogin no\n";

    /// <summary>The text of /etc/ssh/sshd_config (its Match blocks decide which connections are evaluated).</summary>
    public string SshdConfig { get; set; } = "Port 22\nPermitRootLogin no\n";

    public string RootShadow { get; set; } = "root:!:19000:0:99999:7:::\n";

    public FakeHost Apply(FakeHost host)
    {
        host.On("getent passwd", Passwd.Replace("\r", "", StringComparison.Ordinal) + "\n")
            .On("getent group", Group + "\n")
            .On("getent shadow root", RootShadow)
            .On("sshd -T", Sshd)
            .On(c => c.StartsWith("sh -c for d in", StringComparison.Ordinal), r => FakeHost.Result(0, string.Join('\n', Files.Keys.Where(k => r.Arguments.Skip(4).Any(d => k.StartsWith(d + "/", StringComparison.Ordinal)))) + "\n"))
            .On(c => c.StartsWith("getent passwd -- ", StringComparison.Ordinal), r => ByName(Passwd + "\n" + DirectoryPasswd, r.Arguments[^1]))
            .On(c => c.StartsWith("getent group -- ", StringComparison.Ordinal), r => ByName(Group + "\n" + DirectoryGroup, r.Arguments[^1]))
            .On(c => c.StartsWith("id -Gn -- ", StringComparison.Ordinal), r => LoginGroups(r.Arguments[^1]))
            .On("cat -- /etc/ssh/sshd_config", SshdConfig)
            .On(c => c.StartsWith("/bin/sh -c for u in", StringComparison.Ordinal), r => FakeHost.Result(0, string.Concat(r.Arguments.Skip(4).Select(u => LoginGroups(u) is var g ? $"{g.StandardOutput.TrimEnd('\n')}\n@@user {u} {g.ExitCode}\n" : ""))))
            .On(c => c.StartsWith("/bin/sh -c while IFS= read -r spec", StringComparison.Ordinal), r => FakeHost.Result(0, string.Concat(
                (r.StandardInput ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(spec => $"@@spec {spec}\n{Sshd}\n@@exit 0\n"))));
        foreach (var (path, content) in Files)
        {
            host.On($"cat -- {path}", content);
        }

        host.On(c => c.StartsWith("sudo -n -ll -U ", StringComparison.Ordinal), r => FakeHost.Result(0, Listing(r.Arguments[^1])));
        return host;
    }

    private static Compliance.Core.Transport.CommandResult ByName(string database, string name) =>
        database.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal)) is { } line
            ? FakeHost.Result(0, line + "\n")
            : FakeHost.Result(2, "");

    private Compliance.Core.Transport.CommandResult LoginGroups(string user)
    {
        var all = AccountDatabase.Parse(Passwd + "\n" + DirectoryPasswd, Group + "\n" + DirectoryGroup);
        return all.Accounts.Any(a => a.Name == user)
            ? FakeHost.Result(0, string.Join(' ', all.GroupsOf(user)) + "\n")
            : FakeHost.Result(1, "", $"id: '{user}': no such user\n");
    }

    private string Listing(string user)
    {
        if (ListingOverrides.TryGetValue(user, out var text))
        {
            return text;
        }

        var parser = new SudoersParser();
        var accounts = AccountDatabase.Parse(Passwd + "\n" + DirectoryPasswd, Group + "\n" + DirectoryGroup);
        var groups = accounts.GroupsOf(user);
        var rules = Files.OrderBy(f => f.Key == "/etc/sudoers" ? "" : f.Key, StringComparer.Ordinal).SelectMany(f => parser.Parse(f.Key, f.Value).Rules)
            .Where(r => r.Principals.Any(p => p == user || p == "ALL" || (p.StartsWith('%') && groups.Contains(p[1..]))))
            .ToList();
        if (rules.Count == 0)
        {
            return $"User {user} is not allowed to run sudo on ml01.\n";
        }

        var sb = new StringBuilder($"Matching Defaults entries for {user} on ml01:\n    env_reset\n\nUser {user} may run the following commands on ml01:\n");
        foreach (var r in rules)
        {
            sb.Append("\nSudoers entry:\n");
            sb.Append("    RunAsUsers: ").Append(r.Right.RunAsUsers.Count == 0 ? "root" : string.Join(", ", r.Right.RunAsUsers)).Append('\n');
            if (r.Right.RunAsGroups.Count > 0)
            {
                sb.Append("    RunAsGroups: ").Append(string.Join(", ", r.Right.RunAsGroups)).Append('\n');
            }

            if (r.Right.NoPassword)
            {
                sb.Append("    Options: !authenticate\n");
            }

            sb.Append("    Commands:\n\t").Append(r.Right.Command).Append('\n');
        }

        return sb.ToString();
    }
}
