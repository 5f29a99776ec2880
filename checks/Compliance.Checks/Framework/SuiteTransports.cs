using Compliance.Core.Transport;
using Compliance.Probes.Transport;

namespace Compliance.Checks.Framework;

/// <summary>
/// The transport providers of the suite: every public <see cref="ITransportProvider"/> with a parameterless
/// constructor in Compliance.Probes (netns, ssh, ...). A provider that needs arguments is added to <see cref="Extra"/>.
/// </summary>
public static class SuiteTransports
{
    /// <summary>Providers built explicitly (those without a parameterless constructor).</summary>
    private static IEnumerable<ITransportProvider> Extra() => [];

    /// <summary>All providers, one per transport kind.</summary>
    public static IReadOnlyList<ITransportProvider> Providers()
    {
        var discovered = typeof(NetnsTransportProvider).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITransportProvider).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ITransportProvider)Activator.CreateInstance(t)!);
        return [.. Extra().Concat(discovered).DistinctBy(p => p.Kind)];
    }
}
