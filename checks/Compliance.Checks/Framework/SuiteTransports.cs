using System.Reflection;
using Compliance.Core.Transport;
using Compliance.Probes.Transport;

namespace Compliance.Checks.Framework;

/// <summary>
/// The transport providers of the suite: every public <see cref="ITransportProvider"/> of Compliance.Probes
/// (netns, ssh, ...) whose constructor needs no arguments (all optional ones take their defaults).
/// A provider that needs arguments is added to <see cref="Extra"/>.
/// </summary>
public static class SuiteTransports
{
    /// <summary>Providers built explicitly (those without a parameterless constructor).</summary>
    private static IEnumerable<ITransportProvider> Extra() => [];

    /// <summary>All providers, one per transport kind.</summary>
    public static IReadOnlyList<ITransportProvider> Providers()
    {
        var discovered = typeof(NetnsTransportProvider).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITransportProvider).IsAssignableFrom(t))
            .Select(t => t.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.IsOptional)))
            .OfType<ConstructorInfo>()
            .Select(c => (ITransportProvider)c.Invoke([.. c.GetParameters().Select(p => p.DefaultValue)]));
        return [.. Extra().Concat(discovered).DistinctBy(p => p.Kind)];
    }
}
