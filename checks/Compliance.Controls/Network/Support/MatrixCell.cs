using Compliance.Core.Inventory;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// One probe of the reachability matrix: from a vantage to a port (TCP or UDP) of an address the target really has (IPv4
/// or IPv6), what came back, whether flows allow it, whether a socket serves it, and for UDP whether the target saw the
/// datagram arrive (<see cref="UdpWitness"/>; null when not watched).
/// </summary>
internal sealed record MatrixCell(HostEntry Vantage, HostEntry Target, string Address, string Protocol, int Port, PortOutcome Outcome, bool Allowed, bool Listening, bool? Arrived = null)
{
    /// <summary><c>IPv4</c> or <c>IPv6</c>.</summary>
    public string Family => HostAddress.FamilyOf(Address);

    /// <summary>The service was reached: a TCP connect, a UDP answer, or a datagram the target saw arrive at a listening socket.</summary>
    public bool Connected => Protocol == "tcp"
        ? Outcome.Class == PortClass.Connected
        : Outcome.Class == PortClass.Answered || (Listening && Outcome.Class == PortClass.Silent && Arrived == true);

    /// <summary>The target's own kernel got the packet on a port nothing serves (a TCP reset, an ICMP port unreachable, or a
    /// datagram the target saw arrive): the host is reachable at IP level on that port.</summary>
    public bool HostAnswered => !Listening && (Protocol == "tcp"
        ? Outcome.Class == PortClass.Refused
        : Outcome.Class == PortClass.IcmpRefused || Arrived == true);

    /// <summary>The classes that mean "the network did not let it through" (for UDP silence: the target saw nothing arrive).</summary>
    public bool Blocked => Protocol == "tcp"
        ? Outcome.Class is PortClass.TimedOut or PortClass.Refused or PortClass.Unreachable or PortClass.Prohibited
        : Outcome.Class is PortClass.IcmpUnreachable or PortClass.Prohibited or PortClass.IcmpRefused || (Outcome.Class == PortClass.Silent && Arrived == false);

    public override string ToString() =>
        $"{Vantage.Name} -> {Target.Name} {Protocol}/{Family} {(Family == "IPv6" ? $"[{Address}]" : Address)}:{Port} {Outcome.Word}{(Arrived is { } a && Outcome.Class == PortClass.Silent ? (a ? " (arrived)" : " (did not arrive)") : "")}{(Allowed ? " (allowed)" : "")}";
}
