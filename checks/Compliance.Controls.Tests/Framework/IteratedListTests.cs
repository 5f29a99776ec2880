using System.Reflection;
using Compliance.Controls.Framework;
using Compliance.Controls.Tests.Fakes;
using Compliance.Core.Inputs;
using Compliance.Core.Inventory;
using Compliance.Core.Outcomes;
using YamlDotNet.RepresentationModel;

namespace Compliance.Controls.Tests.Framework;

/// <summary>
/// Every list a check iterates, emptied in a copy of the lab's inventory: refused at load with file:line:column (so no
/// check can pass over it); declared empty on purpose: the checks that iterate it are Not applicable with the reason.
/// </summary>
public sealed class IteratedListTests
{
    /// <summary>Each iterated list: its section (null for inventory.yaml), its YAML field and the checks that iterate it.</summary>
    public static IEnumerable<TestCaseData> IteratedLists()
    {
        var inventoryTerminals = typeof(EnvironmentInventory).GetProperty(nameof(EnvironmentInventory.Terminals))!.GetCustomAttribute<IteratedByAttribute>()!;
        yield return new TestCaseData(null, "terminals", inventoryTerminals.Checks).SetArgDisplayNames("terminals");
        foreach (var type in typeof(ExpectedSectionAttribute).Assembly.GetTypes().Where(t => t.GetCustomAttribute<ExpectedSectionAttribute>() is not null).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var section = type.GetCustomAttribute<ExpectedSectionAttribute>()!.Name;
            foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<IteratedByAttribute>() is not null))
            {
                var field = Snake(property.Name);
                yield return new TestCaseData(section, field, property.GetCustomAttribute<IteratedByAttribute>()!.Checks).SetArgDisplayNames($"{section}.{field}");
            }
        }
    }

    [Test]
    public void The_iterated_lists_are_declared_on_the_expected_state_records()
    {
        Assert.That(IteratedLists().Count(), Is.GreaterThanOrEqualTo(30), "the iterated lists are declared by [IteratedBy] on the expected-state records");
    }

    [TestCaseSource(nameof(IteratedLists))]
    public void An_iterated_list_names_only_checks_of_the_registry(string? section, string field, IReadOnlyList<string> checks)
    {
        Assert.That(checks, Is.Not.Empty);
        Assert.That(checks.Where(c => CheckRegistry.Find(c) is null), Is.Empty, $"{section}.{field} names checks the registry does not hold");
    }

    [TestCaseSource(nameof(IteratedLists))]
    public void An_empty_iterated_list_is_refused_at_load_with_file_line_and_column(string? section, string field, IReadOnlyList<string> checks)
    {
        using var lab = new LabCopy();
        lab.Set(section, field, new YamlSequenceNode());

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(lab.Directory));

        Assert.That(e!.File, Is.EqualTo(lab.FileOf(section)));
        Assert.That(e.Line, Is.Positive);
        Assert.That(e.Column, Is.Positive);
        Assert.That(e.Message, Does.StartWith($"{lab.FileOf(section)}:{e.Line}:{e.Column}: {field}: must not be empty: {string.Join(", ", checks)}"));
        Assert.That(e.Message, Does.Contain($"{field}: {{none: \"why\"}}"));
    }

    [TestCaseSource(nameof(IteratedLists))]
    public async Task A_list_declared_empty_on_purpose_makes_its_checks_not_applicable_with_the_reason(string? section, string field, IReadOnlyList<string> checks)
    {
        using var lab = new LabCopy();
        var reason = $"no {field} in this environment";
        lab.Set(section, field, new YamlMappingNode(new YamlScalarNode("none"), new YamlScalarNode(reason)));
        var inventory = InventoryLoader.Load(lab.Directory);
        await using var run = new CheckRun(inventory, new FakeEnvironment(), ownsTransports: false);

        var results = await run.RunAsync(checks.Select(c => CheckRegistry.Find(c)!));

        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(Outcome.NotApplicable), string.Join("; ", results.Select(r => $"{r.CheckId}: {r.Message}")));
        var qualified = section is null ? field : $"{section}.{field}";
        Assert.That(results.Select(r => r.Message), Is.All.EqualTo($"Not applicable to {inventory.Name}: {qualified} is empty on purpose: {reason}"));
    }

    [Test]
    public void An_absent_iterated_list_is_refused_like_an_empty_one()
    {
        using var lab = new LabCopy();
        var text = File.ReadAllLines(lab.FileOf("graph")).Where(l => !l.StartsWith("departed_users:", StringComparison.Ordinal));
        File.WriteAllLines(lab.FileOf("graph"), text);

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(lab.Directory));

        Assert.That(e!.Message, Does.Match($@"^{System.Text.RegularExpressions.Regex.Escape(lab.FileOf("graph"))}:\d+:\d+: departed_users: missing: DepartedAccountsAreDisabledAndOutOfProjectGroup "));
    }

    [Test]
    public void An_empty_on_purpose_list_without_a_reason_is_refused()
    {
        using var lab = new LabCopy();
        lab.Set("sudo", "hosts", new YamlMappingNode(new YamlScalarNode("none"), new YamlScalarNode("")));

        var e = Assert.Throws<InputException>(() => InventoryLoader.Load(lab.Directory));

        Assert.That(e!.Message, Does.Contain(": hosts.none: must give the reason the list is empty"));
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
