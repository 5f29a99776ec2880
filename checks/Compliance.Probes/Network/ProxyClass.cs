namespace Compliance.Probes.Network;

/// <summary>Who answered a request through the forward proxy, decided once from curl's output.</summary>
public enum ProxyClass
{
    /// <summary>The origin answered.</summary>
    Allowed,

    /// <summary>The proxy refused by policy (403, CONNECT 403, ERR_ACCESS_DENIED).</summary>
    Denied,

    /// <summary>The proxy itself could not be reached (connection refused, connect timeout).</summary>
    ProxyUnreachable,

    /// <summary>The proxy allowed the request but could not reach the origin.</summary>
    UpstreamError,

    /// <summary>Anything else.</summary>
    Error,
}
