using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Compliance.Core.Yaml;

/// <summary>
/// How a record is built from YAML: its public parameterless constructor (init-only properties) or else its
/// widest public constructor (positional record), plus its settable properties.
/// </summary>
internal sealed class ObjectShape
{
    private static readonly ConcurrentDictionary<Type, ObjectShape> Cache = new();

    private ObjectShape(Type type)
    {
        var constructors = type.GetConstructors();
        Constructor = constructors.FirstOrDefault(c => c.GetParameters().Length == 0)
            ?? constructors.OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new NotSupportedException($"{type.Name} has no public constructor");
        Parameters = Constructor.GetParameters();
        Properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)];
        FieldNames = [.. Parameters.Select(p => YamlName(p.Name!)).Concat(Properties.Select(p => YamlName(p.Name))).Distinct()];
    }

    public ConstructorInfo Constructor { get; }

    public IReadOnlyList<ParameterInfo> Parameters { get; }

    public IReadOnlyList<PropertyInfo> Properties { get; }

    public IReadOnlyList<string> FieldNames { get; }

    public static ObjectShape Of(Type type) => Cache.GetOrAdd(type, t => new ObjectShape(t));

    public static string YamlName(string member) => JsonNamingPolicy.SnakeCaseLower.ConvertName(member);

    public int ParameterIndex(string yamlName)
    {
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (YamlName(Parameters[i].Name!) == yamlName)
            {
                return i;
            }
        }

        return -1;
    }

    public PropertyInfo? Property(string yamlName) => Properties.FirstOrDefault(p => YamlName(p.Name) == yamlName);
}
