using Compliance.Core.Inventory;

namespace Compliance.Controls.Network.Support;

/// <summary>One probe of the reachability matrix: from a vantage to a port of a target address, what came back and whether flows allow it.</summary>
internal sealed record MatrixCell(HostEntry Vantage, HostEntry Target, string Address, int Port, string Class, bool Allowed, bool Listening)
{
    public bool Connected => Class == "connected";

    /// <summary>The target's own kernel answered on a port nothing listens on: the host is reachable at IP level.</summary>
    public bool HostAnswered => Class == "refused" && !Listening;

    /// <summary>The classes that mean "the network did not let it through".</summary>
    public bool Blocked => Class is "timedout" or "refused" or "unreachable" or "prohibited";

    public override string ToString() => $"{Vantage.Name} -> {Target.Name} {Address}:{Port} {Class}{(Allowed ? " (allowed)" : "")}";
}
