namespace Compliance.Probes.Audit;

/// <summary>What the gateway did with a request that would bypass the recorded hop.</summary>
public enum ForwardingOutcome
{
    /// <summary>The gateway refused it (channel or global request refused, subsystem not served).</summary>
    Refused,

    /// <summary>It worked: traffic or a session got through without the recorded hop.</summary>
    Allowed,

    /// <summary>Neither could be established (connection or authentication failed first).</summary>
    Unknown,
}
