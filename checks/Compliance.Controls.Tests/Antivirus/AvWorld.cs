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
        Env.With(new AntivirusExpectation { Product = "clamav", Segments = ["secure", "dmz"], MaxDefinitionAgeHours = 48 });
    }

    public FakeEnvironment Env { get; } = new();

    public Dictionary<string, string> Daemon { get; } = Servers.ToDictionary(s => s, _ => "clamd pids: 4242\nPONG\nping exit: 0\n");

    public Dictionary<string, TimeSpan> DefinitionsAge { get; } = Servers.ToDictionary(s => s, _ => TimeSpan.FromHours(3));

    public Dictionary<string, (int Exit, string Line)> Scan { get; } = Servers.ToDictionary(s => s, _ => (1, "Eicar-Signature.UNOFFICIAL FOUND"));

    public FakeEnvironment Build()
    {
        foreach (var name in Servers)
        {
            var epoch = (DateTimeOffset.UtcNow - DefinitionsAge[name]).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var (exit, line) = Scan[name];
            Env[name].On("pgrep -x clamd", Daemon[name])
                .On("DatabaseDirectory", $"directory:/var/lib/clamav\nmtime:/var/lib/clamav/lab.ndb:{epoch}\nversion:ClamAV 1.4.6\n")
                .On("mktemp -d /tmp/av-eicar", "/tmp/av-eicar.Q1w2E3\n")
                .On("clamdscan --fdpass", exit == 2 ? "" : $"/tmp/av-eicar.Q1w2E3/eicar.com: {line}\n", exit, exit == 2 ? "ERROR: Could not connect to clamd" : "")
                .On("rm -rf -- /tmp/av-eicar.Q1w2E3", "");
        }

        return Env;
    }
}
