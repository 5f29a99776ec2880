namespace Compliance.Probes.Antivirus;

/// <summary>
/// The EICAR anti-malware test file (eicar.org), assembled at run time from parts so that neither the sources nor
/// the built assembly hold the detectable string.
/// </summary>
public static class EicarSample
{
    private static readonly string[] Parts = [@"X5O!P%@AP[4\PZX54(P^)7CC)7}", "$EI", "CAR-STANDARD-ANTIVIRUS-", "TEST-FILE!$H+H*"];

    /// <summary>The 68-byte test string.</summary>
    public static string Content() => string.Join(string.Empty, Parts);
}
