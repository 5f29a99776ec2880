namespace Compliance.Lab.Topology;

/// <summary>The topology file is malformed or inconsistent.</summary>
public sealed class TopologyException : Exception
{
    public TopologyException()
    {
    }

    public TopologyException(string message) : base(message)
    {
    }

    public TopologyException(string message, Exception inner) : base(message, inner)
    {
    }
}
