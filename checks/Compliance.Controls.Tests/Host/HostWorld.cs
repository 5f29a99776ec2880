using Compliance.Controls.Tests.Fakes;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Tests.Host;

/// <summary>A compliant Secure Zone server ml01 with its expected sudo and data sections; tests break one thing.</summary>
internal sealed class HostWorld
{
    public HostWorld()
    {
        Env.Add("ml01", "secure", "198.18.50.10");
        Env.With(new SudoExpectation
        {
            Hosts = ["ml01"],
            RootHolders = ["dev1", "dev2"],
            AuditAccounts = ["compliance"],
            InfraAccounts = ["infra1", "infra2"],
            RootEquivalentGroups = ["sudo", "admin", "wheel", "root", "docker", "lxd", "disk"],
            SetuidSearchRoots = ["/usr", "/etc"],
            ApprovedCommands = [new() { Command = "/usr/bin/systemctl restart nginx" }, new() { Command = "/usr/bin/journalctl --no-pager -u nginx" }],
        });
    }

    public FakeEnvironment Env { get; } = new();

    /// <summary>Replaces the inventoried infra accounts (e.g. to add a directory account).</summary>
    public HostWorld WithInfraAccounts(params string[] accounts)
    {
        Env.With(new SudoExpectation
        {
            Hosts = ["ml01"],
            RootHolders = ["dev1", "dev2"],
            AuditAccounts = ["compliance"],
            InfraAccounts = accounts,
            RootEquivalentGroups = ["sudo", "admin", "wheel", "root", "docker", "lxd", "disk"],
            SetuidSearchRoots = ["/usr", "/etc"],
            ApprovedCommands = [new() { Command = "/usr/bin/systemctl restart nginx", Reads = ["/etc/nginx"] }, new() { Command = "/usr/bin/journalctl --no-pager -u nginx" }],
        });
        return this;
    }

    public FakeSudoHost Sudo { get; } = new();

    public FakeEnvironment Build()
    {
        Sudo.Apply(Env["ml01"]);
        return Env;
    }
}
