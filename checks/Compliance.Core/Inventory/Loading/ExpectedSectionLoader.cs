using System.Reflection;
using Compliance.Core.Inputs;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>
/// Binds every <c>expected/&lt;section&gt;.yaml</c> to its <c>[ExpectedSection("section")]</c> record; an unknown section file is bad input.
/// With <c>placeholders</c> (a lab instance's <c>{instance}</c>), every <c>{name}</c> in a value is replaced first.
/// </summary>
internal static class ExpectedSectionLoader
{
    public static ExpectedState Load(string folder, IEnumerable<Type> sectionTypes, IReadOnlyDictionary<string, string> placeholders)
    {
        var byName = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in sectionTypes)
        {
            var name = type.GetCustomAttribute<ExpectedSectionAttribute>()?.Name
                ?? throw new ArgumentException($"{type.Name} has no [ExpectedSection]", nameof(sectionTypes));
            if (!byName.TryAdd(name, type))
            {
                throw new InvalidOperationException($"expected section '{name}' is declared by both {byName[name].Name} and {type.Name}");
            }
        }

        var sections = new Dictionary<Type, object>();
        var emptyOnPurpose = new List<EmptyOnPurpose>();
        if (!Directory.Exists(folder))
        {
            return new ExpectedState(sections);
        }

        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file);
            if (extension == ".yml")
            {
                throw new InputException(file, "expected sections use the .yaml extension");
            }

            if (extension != ".yaml")
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(file);
            if (!byName.TryGetValue(name, out var type))
            {
                throw new InputException(file, 1, 1, "(section)", $"unknown expected section '{name}' (known: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))})");
            }

            var tree = YamlTree.ReadOrEmpty(file);
            if (placeholders.Count > 0)
            {
                tree = YamlPlaceholders.Substitute(file, tree, placeholders);
            }

            sections[type] = new RecordBinder(file, name, emptyOnPurpose).Bind(type, tree, string.Empty)!;
        }

        return new ExpectedState(sections, emptyOnPurpose);
    }
}
