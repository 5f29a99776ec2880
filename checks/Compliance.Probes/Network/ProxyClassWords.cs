namespace Compliance.Probes.Network;

/// <summary>The word shown in evidence for each proxy answer class.</summary>
public static class ProxyClassWords
{
    /// <summary><c>allowed</c>, <c>denied</c>, <c>proxy-unreachable</c>, <c>upstream-error</c> or <c>error</c>.</summary>
    public static string Describe(this ProxyClass cls) => cls switch
    {
        ProxyClass.Allowed => "allowed",
        ProxyClass.Denied => "denied",
        ProxyClass.ProxyUnreachable => "proxy-unreachable",
        ProxyClass.UpstreamError => "upstream-error",
        _ => "error",
    };
}
