using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;

namespace Compliance.Core.Yaml;

/// <summary>
/// Binds a YAML node strictly to a record: snake_case keys to PascalCase members (init-only properties or
/// constructor parameters); unknown keys, missing required members and wrong types are bad input.
/// Supports simple values, enums, lists, sets, string-keyed dictionaries and nested records.
/// </summary>
internal sealed class RecordBinder(string file, string section = "", List<EmptyOnPurpose>? emptyOnPurpose = null)
{
    private readonly NullabilityInfoContext nullability = new();

    public object? Bind(Type type, YamlNode node, string path, bool nullable = false)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is YamlScalar { IsNull: true })
        {
            return nullable || underlying is not null ? null : throw Error(node, path, "must not be empty");
        }

        type = underlying ?? type;
        if (ScalarConverter.Handles(type))
        {
            var text = node is YamlScalar s ? s.Value : throw Error(node, path, $"must be a value, found {node.Shape}");
            return ScalarConverter.Convert(type, text) ?? throw Error(node, path, $"'{text}' is not {ScalarConverter.Describe(type)}");
        }

        if (CollectionShape.ElementOf(type) is { } element)
        {
            return BindList(type, element, node, path);
        }

        if (CollectionShape.DictionaryValueOf(type) is { } valueType)
        {
            return BindDictionary(valueType, node, path);
        }

        if (type.IsClass && type != typeof(object))
        {
            return BindObject(type, node, path);
        }

        throw new NotSupportedException($"records bound from YAML cannot hold members of type {type}");
    }

    private object BindList(Type type, Type element, YamlNode node, string path)
    {
        var seq = node as YamlSequence ?? throw Error(node, path, $"must be a list, found {node.Shape}");
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        for (var i = 0; i < seq.Items.Count; i++)
        {
            list.Add(Bind(element, seq.Items[i], $"{path}[{i}]"));
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(element, list.Count);
            list.CopyTo(array, 0);
            return array;
        }

        if (CollectionShape.IsSet(type))
        {
            var set = Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(element))!;
            var add = set.GetType().GetMethod("Add")!;
            for (var i = 0; i < list.Count; i++)
            {
                if (!(bool)add.Invoke(set, [list[i]])!)
                {
                    throw Error(seq.Items[i], $"{path}[{i}]", "duplicate entry");
                }
            }

            return set;
        }

        return list;
    }

    private IDictionary BindDictionary(Type valueType, YamlNode node, string path)
    {
        var map = node as YamlMapping ?? throw Error(node, path, $"must be a mapping, found {node.Shape}");
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType), StringComparer.Ordinal)!;
        foreach (var (key, value) in map.Entries)
        {
            dictionary[key.Value] = Bind(valueType, value, Join(path, key.Value));
        }

        return dictionary;
    }

    private object BindObject(Type type, YamlNode node, string path)
    {
        var map = node as YamlMapping ?? throw Error(node, path, $"must be a mapping, found {node.Shape}");
        var shape = ObjectShape.Of(type);
        var args = new object?[shape.Parameters.Count];
        var given = new HashSet<string>(StringComparer.Ordinal);
        var assignments = new List<(PropertyInfo Property, object? Value)>();
        foreach (var (key, value) in map.Entries)
        {
            var field = Join(path, key.Value);
            given.Add(key.Value);
            var index = shape.ParameterIndex(key.Value);
            if (index >= 0)
            {
                var p = shape.Parameters[index];
                args[index] = Bind(p.ParameterType, value, field, IsNullable(nullability.Create(p)));
            }
            else if (shape.Property(key.Value) is { } property)
            {
                var bound = value;
                if (IteratedList.Of(property) is { } iterated && IteratedList.EmptyReason(value, field, iterated, file) is { } reason)
                {
                    emptyOnPurpose?.Add(new EmptyOnPurpose(section.Length == 0 ? field : $"{section}.{field}", reason, iterated.Checks));
                    bound = new YamlSequence(value.Line, value.Column, []);
                }

                var boundValue = Bind(property.PropertyType, bound, field, IsNullable(nullability.Create(property)));
                if (property.IsDefined(typeof(CredentialFileAttribute), false) && boundValue is string named)
                {
                    RequireCredentialFile(value, field, named);
                }

                assignments.Add((property, boundValue));
            }
            else
            {
                throw Error(key, field, $"unknown field (allowed: {string.Join(", ", shape.FieldNames)})");
            }
        }

        for (var i = 0; i < shape.Parameters.Count; i++)
        {
            var p = shape.Parameters[i];
            if (!given.Contains(ObjectShape.YamlName(p.Name!)))
            {
                args[i] = p.HasDefaultValue ? p.DefaultValue
                    : IsNullable(nullability.Create(p)) ? null
                    : throw Error(map, Join(path, ObjectShape.YamlName(p.Name!)), "missing required field");
            }
        }

        var instance = shape.Constructor.Invoke(args);
        foreach (var (property, value) in assignments)
        {
            property.SetValue(instance, value);
        }

        foreach (var property in shape.Properties.Where(p => !given.Contains(ObjectShape.YamlName(p.Name))))
        {
            if (IteratedList.Of(property) is { } iterated)
            {
                throw IteratedList.Refused(map, Join(path, ObjectShape.YamlName(property.Name)), iterated, file, "missing");
            }

            var required = property.IsDefined(typeof(RequiredMemberAttribute), false)
                || (property.GetValue(instance) is null && !IsNullable(nullability.Create(property)));
            if (required && shape.ParameterIndex(ObjectShape.YamlName(property.Name)) < 0)
            {
                throw Error(map, Join(path, ObjectShape.YamlName(property.Name)), "missing required field");
            }
        }

        if (instance is IValidatedRecord validated && validated.Problems().FirstOrDefault() is { } problem)
        {
            throw Error(NodeAt(map, problem.Field), Join(path, problem.Field), problem.Problem);
        }

        return instance;
    }

    /// <summary>The node of a field named <c>key</c> or <c>key[index]</c> in <paramref name="map"/> (the mapping itself when absent).</summary>
    private static YamlNode NodeAt(YamlMapping map, string field)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var node = map[bracket < 0 ? field : field[..bracket]];
        if (bracket >= 0 && node is YamlSequence seq && int.TryParse(field[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var index) && index < seq.Items.Count)
        {
            return seq.Items[index];
        }

        return node ?? map;
    }

    /// <summary>A credential file named by an expected section (<c>ENV/expected/x.yaml</c>) is resolved in ENV and must be private.</summary>
    private void RequireCredentialFile(YamlNode node, string path, string value)
    {
        var environment = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(file))) ?? ".";
        if (Inventory.Loading.PrivateFile.Problem(Path.GetFullPath(Path.Combine(environment, value)), "credential") is { } problem)
        {
            throw Error(node, path, problem);
        }
    }

    private static bool IsNullable(NullabilityInfo info) => info.WriteState == NullabilityState.Nullable || info.ReadState == NullabilityState.Nullable;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private InputException Error(YamlNode node, string path, string problem) => YamlFields.Error(node, path, problem, file);
}
