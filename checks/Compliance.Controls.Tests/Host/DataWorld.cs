using Compliance.Controls.Tests.Fakes;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Tests.Host;

/// <summary>ml01 with the confidential store /srv/confidential (project:project 0750, marker .data-marker), plus proxy and gateway without a copy.</summary>
internal sealed class DataWorld
{
    public const string Store = "/srv/confidential";
    public const string Marker = Store + "/.data-marker";

    public DataWorld()
    {
        Host.Env.Add("proxy", "dmz", "198.18.30.10");
        Host.Env.Add("gateway", "dmz", "198.18.30.20");
        Host.Env.With(new DataExpectation { Host = "ml01", Path = Store, Owner = "project", Group = "project", MaxMode = "0750", Marker = ".data-marker" });
    }

    public HostWorld Host { get; } = new();

    public string Listing { get; set; } = $"d\tproject\tproject\t750\t{Store}\nf\tproject\tproject\t640\t{Marker}\nf\tproject\tproject\t640\t{Store}/train.csv\n";

    public string Acl { get; set; } = $"# file: {Store}\n# owner: project\n# group: project\nuser::rwx\ngroup::r-x\nother::---\n\n# file: {Marker}\nuser::rw-\ngroup::r--\nother::---\n";

    public Dictionary<string, (int Exit, string Error)> Reads { get; } = new()
    {
        ["project"] = (0, ""),
        ["infra1"] = (1, $"head: cannot open '{Marker}' for reading: Permission denied"),
        ["infra2"] = (1, $"head: cannot open '{Marker}' for reading: Permission denied"),
    };

    public Dictionary<string, string> SearchHits { get; } = new() { ["ml01"] = $"{Store}\n{Marker}\n" };

    public Dictionary<string, string> Exports { get; } = [];

    public FakeEnvironment Build()
    {
        var env = Host.Build();
        var ml01 = env["ml01"];
        ml01.On($"test -e {Store}", "", Listing.Length == 0 ? 1 : 0)
            .On($"find {Store} -printf", Listing)
            .On($"getfacl -p -R -- {Store}", Acl);
        foreach (var (user, (exit, error)) in Reads)
        {
            ml01.On($"runuser -u {user} -- head -c 64 -- {Marker}", exit == 0 ? "x" : "", exit, error);
            ml01.On($"runuser -u {user} -- find {Store} -readable", exit == 0 ? $"{Marker}\n" : "", exit == 0 ? 0 : 1, exit == 0 ? "" : "find: Permission denied");
        }

        foreach (var name in new[] { "ml01", "proxy", "gateway" })
        {
            env[name].On("-print0", SearchHits.GetValueOrDefault(name, "").Replace('\n', '\0'))
                .On("exportfs", Exports.GetValueOrDefault(name, "") + "-- search complete --\n");
        }

        return env;
    }
}
