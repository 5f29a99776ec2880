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
            ApprovedCommands = [new() { Command = "/usr/bin/systemctl restart nginx" }, new() { Command = "/usr/bin/journalctl --no-pager -u nginx" }],
        });
    }

    public FakeEnvironment Env { get; } = new();

    public FakeSudoHost Sudo { get; } = new();

    public FakeEnvironment Build()
    {
        Sudo.Apply(Env["ml01"]);
        return Env;
    }
}
