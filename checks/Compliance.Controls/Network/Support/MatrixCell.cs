using Compliance.Core.Inventory;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network.Support;

/// <summary>One probe of the reachability matrix: from a vantage to a port of a target address, what came back and whether flows allow it.</summary>
internal sealed record MatrixCell(HostEntry Vantage, HostEntry Target, string Address, int Port, PortOutcome Outcome, bool Allowed, bool Listening)
{
    public bool Connected => Outcome.Class == PortClass.Connected;

    /// <summary>The target's own kernel answered on a port nothing listens on: the host is reachable at IP level.</summary>
    public bool HostAnswered => Outcome.Class == PortClass.Refused && !Listening;

    /// <summary>The classes that mean "the network did not let it through".</summary>
    public bool Blocked => Outcome.Class is PortClass.TimedOut or PortClass.Refused or PortClass.Unreachable or PortClass.Prohibited;

    public override string ToString() => $"{Vantage.Name} -> {Target.Name} {Address}:{Port} {Outcome.Word}{(Allowed ? " (allowed)" : "")}";
}
