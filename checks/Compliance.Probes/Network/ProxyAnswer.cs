namespace Compliance.Probes.Network;

/// <summary>
/// A request through the forward proxy. <see cref="Class"/>: allowed (the origin answered), denied (the proxy refused
/// by policy), proxy-unreachable, upstream-error (the proxy allowed but could not reach the origin), error.
/// </summary>
public sealed record ProxyAnswer(string Url, ProxyClass Class, int HttpCode, int ConnectCode, int CurlExit, string ProxyError, string Raw)
{
    /// <summary>True when the origin's answer came back.</summary>
    public bool Allowed => Class == ProxyClass.Allowed;

    /// <summary>True when the proxy refused by policy.</summary>
    public bool Denied => Class == ProxyClass.Denied;
}
