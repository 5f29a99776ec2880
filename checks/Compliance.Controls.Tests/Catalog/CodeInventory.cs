using System.Reflection;
using Compliance.Checks.Framework;
using Compliance.Controls.Framework;

namespace Compliance.Controls.Tests.Catalog;

/// <summary>Finds the check classes of Compliance.Controls and the NUnit tests of Compliance.Checks by reflection.</summary>
internal static class CodeInventory
{
    public static IReadOnlyList<CheckEntry> Checks() =>
        typeof(Check).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Check)) && !t.IsAbstract)
            .Select(t => (Check)Activator.CreateInstance(t)!)
            .Select(c => new CheckEntry(c.CheckId, c.ControlId))
            .OrderBy(c => c.CheckId, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<SuiteTestEntry> SuiteTests() =>
        typeof(ControlAttribute).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<TestAttribute>() is not null || m.GetCustomAttribute<ControlAttribute>() is not null)
            .Select(m => new SuiteTestEntry(m.Name, m.GetCustomAttribute<ControlAttribute>()?.ControlId))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
}
