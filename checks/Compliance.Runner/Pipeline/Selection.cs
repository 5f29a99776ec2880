using Compliance.Controls.Framework;
using Compliance.Core.Catalog;
using Compliance.Core.Inputs;
using Compliance.Core.Results;
using Compliance.Runner.Cli;

namespace Compliance.Runner.Pipeline;

/// <summary>
/// The requirements a run covers and the checks it executes; <see cref="IsEverything"/> when nothing was narrowed;
/// <see cref="Scope"/> is what was asked for in canonical form (requirement and family IDs).
/// </summary>
public sealed record Selection(IReadOnlyList<Policy> Policies, IReadOnlyList<Check> Checks, string Description, bool IsEverything)
{
    /// <summary>The requirement IDs of <c>--control</c> and family IDs of <c>--family</c>, sorted; empty for everything.</summary>
    public SelectionScope Scope { get; init; } = SelectionScope.Everything;

    /// <summary>The selection of <paramref name="options"/>; an unknown requirement or family is bad input.</summary>
    public static Selection From(RunOptions options, PolicyCatalog catalog, IReadOnlyList<Check> suite)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(suite);
        if (options.Controls.Count == 0 && options.Families.Count == 0)
        {
            return new Selection(catalog.Policies, suite, "all requirements", true);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var control in options.Controls)
        {
            ids.Add(catalog.Find(control)?.Id ?? throw new InputException("command line", $"--control {control}: not a requirement of the catalog"));
        }

        var controls = ids.ToList();
        var families = new List<string>();

        foreach (var family in options.Families)
        {
            var matching = catalog.Policies.Where(p => FamilyMatches(catalog, p, family)).ToList();
            if (matching.Count == 0)
            {
                throw new InputException("command line", $"--family {family}: not a family of the catalog");
            }

            ids.UnionWith(matching.Select(p => p.Id));
            families.Add(matching[0].Family);
        }

        var policies = catalog.Policies.Where(p => ids.Contains(p.Id)).ToList();
        var parts = new List<string>();
        if (options.Controls.Count > 0)
        {
            parts.Add("controls " + string.Join(", ", options.Controls));
        }

        if (options.Families.Count > 0)
        {
            parts.Add("families " + string.Join(", ", options.Families));
        }

        return new Selection(policies, [.. suite.Where(c => ids.Contains(c.ControlId))], string.Join("; ", parts), false)
        {
            Scope = SelectionScope.Of(controls, families),
        };
    }

    private static bool FamilyMatches(PolicyCatalog catalog, Policy policy, string name)
    {
        if (string.Equals(policy.Family, name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var family = catalog.Families.FirstOrDefault(f => f.Id == policy.Family);
        return family is not null
            && (string.Equals(family.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Path.GetFileNameWithoutExtension(family.SourceFile), name, StringComparison.OrdinalIgnoreCase));
    }
}
