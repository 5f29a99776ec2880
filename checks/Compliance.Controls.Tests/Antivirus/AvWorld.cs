using System.Globalization;
using Compliance.Controls.Tests.Fakes;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Tests.Antivirus;

/// <summary>Three servers running ClamAV (ml01 in the Secure Zone, proxy and gateway in the DMZ) and a room terminal that is not a server.</summary>
internal sealed class AvWorld
{
    public static readonly string[] Servers = ["gateway", "ml01", "proxy"];

    public AvWorld()
    {
        Env.Add("ml01", "secure", "198.18.50.10");
        Env.Add("proxy", "dmz", "198.18.30.10");
        Env.Add("gateway", "dmz", "198.18.30.20");
        Env.Add("infra-term", "room", "198.18.10.11");
        Env.With(new AntivirusExpectation
        {
            Product = "clamav",
            Segments = ["secure", "dmz"],
            MaxDefinitionAgeHours = 48,
            Databases = [new() { Name = "main", MaxAgeHours = 8760, MinVersion = 62 }, new() { Name = "daily" }, new() { Name = "bytecode", MaxAgeHours = 8760 }],
        });
    }

    public FakeEnvironment Env { get; } = new();

    public Dictionary<string, string> Daemon { get; } = Servers.ToDictionary(s => s, _ => "clamd pids: 4242\nPONG\nping exit: 0\n");

    /// <summary>The age of each server's daily database.</summary>
    public Dictionary<string, TimeSpan> DefinitionsAge { get; } = Servers.ToDictionary(s => s, _ => TimeSpan.FromHours(3));

    /// <summary>Each server's main database: its age and version, or null when the file is missing.</summary>
    public Dictionary<string, (TimeSpan Age, int Version)?> Main { get; } = Servers.ToDictionary(s => s, _ => ((TimeSpan, int)?)(TimeSpan.FromDays(40), 62));

    public Dictionary<string, (int Exit, string Line)> Scan { get; } = Servers.ToDictionary(s => s, _ => (1, "Eicar-Signature.UNOFFICIAL FOUND"));

    public FakeEnvironment Build()
    {
        foreach (var name in Servers)
        {
            var daily = Build(DateTimeOffset.UtcNow - DefinitionsAge[name]);
            var main = Main[name] is { } m ? $"build:/var/lib/clamav/main.cvd:{Build(DateTimeOffset.UtcNow - m.Age)}\ndbversion:/var/lib/clamav/main.cvd:{m.Version}\n" : "";
            var (exit, line) = Scan[name];
            Env[name].On("pgrep -x clamd", Daemon[name])
                .On("DatabaseDirectory", $"directory:/var/lib/clamav\n{main}build:/var/lib/clamav/daily.cld:{daily}\ndbversion:/var/lib/clamav/daily.cld:27836\nbuild:/var/lib/clamav/bytecode.cvd:{Build(DateTimeOffset.UtcNow.AddDays(-100))}\ndbversion:/var/lib/clamav/bytecode.cvd:335\nversion:ClamAV 1.4.6\n")
                .On("mktemp -d /tmp/av-eicar", "/tmp/av-eicar.Q1w2E3\n")
                .On("clamdscan --fdpass", exit == 2 ? "" : $"/tmp/av-eicar.Q1w2E3/eicar.com: {line}\n", exit, exit == 2 ? "ERROR: Could not connect to clamd" : "")
                .On("rm -rf -- /tmp/av-eicar.Q1w2E3", "");
        }

        return Env;
    }

    private static string Build(DateTimeOffset when) => when.ToUniversalTime().ToString("dd MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " +0000";
}
