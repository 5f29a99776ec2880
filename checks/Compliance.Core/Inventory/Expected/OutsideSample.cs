using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Compliance.Core.Inventory.Expected;

/// <summary>
/// Outside addresses drawn afresh on every run from the blocks of the internet the environment might reach, beyond the
/// listed ones: each drawn address is probed on the most common ports, so an egress hole to an unlisted address is seen.
/// </summary>
public sealed record OutsideSample : IValidatedRecord
{
    /// <summary>The port list meaning the shipped most common ports of the protocol (1,000 TCP, 100 UDP, by nmap's open frequency).</summary>
    public const string MostCommon = "most_common";

    /// <summary>The blocks addresses are drawn from (network/prefix), weighted by size.</summary>
    public required IReadOnlyList<string> Blocks { get; init; }

    /// <summary>How many distinct addresses are drawn per run.</summary>
    public required int Addresses { get; init; }

    /// <summary>TCP ports probed on each drawn address: <see cref="MostCommon"/> or a port list (<c>22,80-90</c>).</summary>
    public string TcpPorts { get; init; } = MostCommon;

    /// <summary>UDP ports probed on each drawn address: <see cref="MostCommon"/> or a port list.</summary>
    public string UdpPorts { get; init; } = MostCommon;

    /// <summary>A fixed seed, to replay a run's draw; without it every run draws a fresh seed (recorded in the evidence).</summary>
    public int? Seed { get; init; }

    /// <summary>
    /// Positive controls of the drawn addresses: from each host (on an allowed path, or the internet side itself) these
    /// ports of every drawn address must answer, so silence from a vantage means the network's block.
    /// </summary>
    public required IReadOnlyList<SinkControl> Controls { get; init; }

    /// <summary>The blocks, parsed.</summary>
    public IReadOnlyList<IPNetwork> Networks => [.. Blocks.Select(b => IPNetwork.Parse(b))];

    /// <inheritdoc/>
    public IEnumerable<FieldProblem> Problems()
    {
        if (Blocks.Count == 0)
        {
            yield return new FieldProblem("blocks", "must list at least one block");
        }

        var size = 0.0;
        for (var i = 0; i < Blocks.Count; i++)
        {
            if (!IPNetwork.TryParse(Blocks[i], out var block) || !Blocks[i].Contains('/', StringComparison.Ordinal))
            {
                yield return new FieldProblem($"blocks[{i}]", $"'{Blocks[i]}' is not a block (network/prefix, such as 198.19.0.0/16)");
                yield break;
            }

            var bits = (block.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 32 : 128) - block.PrefixLength;
            size += Math.Pow(2, Math.Min(bits, 62));
        }

        if (Addresses < 1 || Addresses > size / 2)
        {
            yield return new FieldProblem("addresses", $"must be between 1 and half the addresses of the blocks ({size / 2:0}), found {Addresses}");
        }

        foreach (var (field, spec) in new[] { ("tcp_ports", TcpPorts), ("udp_ports", UdpPorts) })
        {
            if (spec != MostCommon && PortListProblem(spec) is { } problem)
            {
                yield return new FieldProblem(field, $"must be {MostCommon} or a port list such as 22,80-90: {problem}");
            }
        }

        if (Controls.Count == 0)
        {
            yield return new FieldProblem("controls", "must list at least one positive control: silence from unproven addresses proves nothing");
        }

        for (var i = 0; i < Controls.Count; i++)
        {
            var control = Controls[i];
            if (control.Proto is not ("tcp" or "udp"))
            {
                yield return new FieldProblem($"controls[{i}]", $"proto must be tcp or udp, found '{control.Proto}'");
            }
            else if (control.Address is not null)
            {
                yield return new FieldProblem($"controls[{i}]", "takes no address: it probes every drawn address");
            }
            else if (PortListProblem(control.Ports) is { } problem)
            {
                yield return new FieldProblem($"controls[{i}]", $"ports: {problem}");
            }
        }
    }

    private static string? PortListProblem(string spec)
    {
        var parts = spec.Split(',', StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            var bounds = part.Split('-', 2);
            if (!int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var low) || !int.TryParse(bounds[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var high) || low < 1 || high > 65535 || high < low)
            {
                return $"'{part}' is not a port or a range of ports (1-65535)";
            }
        }

        return null;
    }
}
