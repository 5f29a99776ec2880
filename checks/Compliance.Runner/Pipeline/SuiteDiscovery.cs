using System.Reflection;
using System.Runtime.Loader;
using Compliance.Core.Inputs;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// Lists the checks of the built NUnit suite by reading its attributes: every test method carrying
/// <c>[Control("ID")]</c>, with the <c>[Category]</c> of its fixture. The assembly is loaded into a collectible
/// context and never executed here.
/// </summary>
public static class SuiteDiscovery
{
    /// <summary>The checks of the suite assembly at <paramref name="assemblyPath"/>.</summary>
    public static IReadOnlyList<CheckInfo> Discover(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new InputException(assemblyPath, "the check suite is not built (run ./run-checks.sh, which builds it)");
        }

        var context = new SuiteLoadContext(assemblyPath);
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
            return [.. assembly.GetTypes().SelectMany(ChecksOf).OrderBy(c => c.FullName, StringComparer.Ordinal)];
        }
        catch (ReflectionTypeLoadException e)
        {
            throw new InputException(assemblyPath, $"the check suite cannot be loaded: {e.LoaderExceptions.FirstOrDefault()?.Message}");
        }
        finally
        {
            context.Unload();
        }
    }

    private static IEnumerable<CheckInfo> ChecksOf(Type fixture)
    {
        var category = fixture.GetCustomAttributesData()
            .Where(a => a.AttributeType.Name == "CategoryAttribute")
            .Select(a => a.ConstructorArguments.FirstOrDefault().Value as string)
            .FirstOrDefault(c => c is not null) ?? string.Empty;
        foreach (var method in fixture.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var control = method.GetCustomAttributesData()
                .Where(a => a.AttributeType.Name == "ControlAttribute")
                .Select(a => a.ConstructorArguments.FirstOrDefault().Value as string)
                .FirstOrDefault(c => c is not null);
            if (control is not null)
            {
                yield return new CheckInfo(method.Name, control, category, $"{fixture.FullName}.{method.Name}");
            }
        }
    }

    private sealed class SuiteLoadContext(string assemblyPath) : AssemblyLoadContext(isCollectible: true)
    {
        private readonly AssemblyDependencyResolver resolver = new(Path.GetFullPath(assemblyPath));

        protected override Assembly? Load(AssemblyName assemblyName) =>
            resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
