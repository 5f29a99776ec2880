using System.Reflection;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;

namespace Compliance.Core.Yaml;

/// <summary>
/// The rule for a list checks iterate (<see cref="IteratedByAttribute"/>): never empty, never absent, unless written as
/// <c>{none: "why"}</c>, which binds to an empty list and is recorded as <see cref="EmptyOnPurpose"/>.
/// </summary>
internal static class IteratedList
{
    /// <summary>The key of the explicit-empty form.</summary>
    public const string NoneKey = "none";

    /// <summary>The attribute of an iterated list member; null for any other member.</summary>
    public static IteratedByAttribute? Of(MemberInfo? member) => member?.GetCustomAttribute<IteratedByAttribute>();

    /// <summary>
    /// Checks <paramref name="node"/> for an iterated list: returns the reason when it is the explicit-empty form, null
    /// when it is a list with items; throws for an empty list or any other <c>none</c> shape.
    /// </summary>
    public static string? EmptyReason(YamlNode node, string field, IteratedByAttribute iterated, string file)
    {
        if (node is YamlMapping map && map[NoneKey] is { } none)
        {
            if (map.Entries.Count != 1)
            {
                throw YamlFields.Error(map, field, $"an empty-on-purpose list has only '{NoneKey}: \"reason\"'", file);
            }

            return none is YamlScalar { IsNull: false } reason && reason.Value.Trim().Length > 0
                ? reason.Value.Trim()
                : throw YamlFields.Error(none, $"{field}.{NoneKey}", "must give the reason the list is empty", file);
        }

        return node is YamlSequence { Items.Count: 0 } ? throw Refused(node, field, iterated, file, "must not be empty") : null;
    }

    /// <summary>The error for an iterated list that is empty or absent.</summary>
    public static InputException Refused(YamlNode node, string field, IteratedByAttribute iterated, string file, string problem) =>
        YamlFields.Error(node, field,
            $"{problem}: {string.Join(", ", iterated.Checks)} probe each of its items and would establish nothing over an empty list; if it is empty on purpose, write {field[(field.LastIndexOf('.') + 1)..]}: {{{NoneKey}: \"why\"}}",
            file);
}
