using System.Text.RegularExpressions;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>Reads <c>terminals:</c>: unique management numbers, a MAC, an IP, <c>host</c> naming an inventory host, and <c>os</c> (windows or macos).</summary>
internal static partial class TerminalReader
{
    public static (IReadOnlyList<Terminal> Terminals, EmptyOnPurpose? Empty) Read(YamlFields root, IReadOnlyList<HostEntry> hosts)
    {
        var iterated = IteratedList.Of(typeof(EnvironmentInventory).GetProperty(nameof(EnvironmentInventory.Terminals)))!;
        if (root.OptionalNode("terminals") is { } listNode && IteratedList.EmptyReason(listNode, "terminals", iterated, root.File) is { } reason)
        {
            return ([], new EmptyOnPurpose("terminals", reason, iterated.Checks));
        }

        var terminals = new List<Terminal>();
        foreach (var (node, index) in root.OptionalList("terminals").Select((n, i) => (n, i)))
        {
            var f = new YamlFields(root.File, node, $"terminals[{index}]", "management_number", "kind", "mac", "ip", "host", "device_name", "os");
            var number = f.Text("management_number");
            if (terminals.Any(t => t.ManagementNumber == number))
            {
                throw f.ErrorAt(f.Node("management_number"), "management_number", $"duplicate management number '{number}'");
            }

            var mac = f.Text("mac");
            if (!Mac().IsMatch(mac))
            {
                throw f.ErrorAt(f.Node("mac"), "mac", $"'{mac}' is not a MAC address (xx:xx:xx:xx:xx:xx)");
            }

            var ip = f.Text("ip");
            if (!HostReader.IsAddress(ip))
            {
                throw f.ErrorAt(f.Node("ip"), "ip", $"'{ip}' is not an IP address");
            }

            var host = f.OptionalText("host");
            if (host is not null && hosts.All(h => h.Name != host))
            {
                throw f.ErrorAt(f.Node("host"), "host", $"unknown host '{host}'");
            }

            var os = f.Text("os");
            if (!TerminalOs.All.Contains(os))
            {
                throw f.ErrorAt(f.Node("os"), "os", $"'{os}' is not an operating system the register knows ({string.Join(" or ", TerminalOs.All)})");
            }

            terminals.Add(new Terminal(number, f.Text("kind"), mac.ToLowerInvariant(), ip, host, f.OptionalText("device_name"), os));
        }

        return (terminals, null);
    }

    [GeneratedRegex("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$")]
    private static partial Regex Mac();
}
