namespace Compliance.Probes.Network;

/// <summary>The word shown in evidence for each EAP-TLS verdict.</summary>
public static class EapTlsClassWords
{
    /// <summary><c>accept</c>, <c>reject</c>, <c>timeout</c> or <c>error</c>.</summary>
    public static string Describe(this EapTlsClass cls) => cls switch
    {
        EapTlsClass.Accept => "accept",
        EapTlsClass.Reject => "reject",
        EapTlsClass.Timeout => "timeout",
        _ => "error",
    };
}
