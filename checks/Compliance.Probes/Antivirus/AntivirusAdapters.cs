namespace Compliance.Probes.Antivirus;

/// <summary>The adapter of an inventory's antivirus product name.</summary>
public static class AntivirusAdapters
{
    /// <summary><c>clamav</c> or <c>sep</c>; anything else is an inventory error.</summary>
    public static IAntivirusAdapter For(string product) => product switch
    {
        "clamav" => new ClamAvAdapter(),
        "sep" => new SymantecAdapter(),
        _ => throw new KeyNotFoundException($"unknown antivirus product '{product}' (expected clamav or sep)"),
    };
}
