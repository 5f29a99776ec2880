namespace Compliance.Core.Inventory.Loading;

/// <summary>Reads the secret values an environment refers to: its hosts' SSH key files and every secret its expected sections declare.</summary>
internal static class SecretLoader
{
    public static IReadOnlyList<string> Read(string directory, IEnumerable<HostEntry> hosts, ExpectedState expected)
    {
        var references = hosts.Select(h => h.Transport.KeyFile).OfType<string>().Select(SecretReference.InFile)
            .Concat(expected.Sections.OfType<IDeclaresSecrets>().SelectMany(s => s.SecretReferences()));
        return [.. references.Select(r => r.Read(directory)).OfType<string>().Distinct(StringComparer.Ordinal)];
    }
}
