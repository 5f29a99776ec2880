using System.Security.Cryptography;
using Compliance.Core.Inputs;
using Compliance.Core.Yaml;

namespace Compliance.Core.Changes;

/// <summary>
/// Reads a proposed change: a <c>.yaml</c> or <c>.yml</c> file is a change file of steps (<see cref="ReadSteps"/>),
/// anything else a patch in git diff format (<see cref="PatchFiles"/>). A file that is missing, does not read, or
/// names an unknown host is an <see cref="InputException"/> with file, line and column.
/// </summary>
public static class ChangeFileLoader
{
    private static readonly string[] Fields = ["name", "description", "steps"];
    private static readonly string[] StepFields = ["host", "run"];

    /// <summary>The change at <paramref name="path"/>; a step's host must be one of <paramref name="hosts"/>.</summary>
    public static ProposedChange Load(string path, IReadOnlyCollection<string> hosts)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(hosts);
        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
        {
            throw new InputException(file, "the change file does not exist");
        }

        var bytes = File.ReadAllBytes(file);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (IsChangeFile(file))
        {
            var (description, steps) = ReadSteps(file, hosts);
            return new ProposedChange(file, sha256, ChangeFormat.Steps, description, steps, []);
        }

        var patched = PatchFiles.Of(file, System.Text.Encoding.UTF8.GetString(bytes));
        return new ProposedChange(file, sha256, ChangeFormat.Patch, $"patch to {string.Join(", ", patched)}", [], patched);
    }

    /// <summary>True when <paramref name="path"/> names a change file of steps rather than a patch.</summary>
    public static bool IsChangeFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";

    private static (string Description, IReadOnlyList<ChangeStep> Steps) ReadSteps(string file, IReadOnlyCollection<string> hosts)
    {
        var root = new YamlFields(file, YamlTree.Read(file) ?? throw new InputException(file, 1, 1, "(document)", "the change file is empty"), string.Empty, Fields);
        var description = root.Text("description");
        var steps = root.NonEmptyList("steps").Select((node, i) =>
        {
            var step = new YamlFields(file, node, $"steps[{i}]", StepFields);
            var host = step.Text("host");
            if (!hosts.Contains(host))
            {
                throw step.ErrorAt(step.Node("host"), "host", $"'{host}' is not a host of the lab (hosts: {string.Join(", ", hosts.Order(StringComparer.Ordinal))})");
            }

            return new ChangeStep(host, step.Text("run"), node.Line);
        }).ToList();
        var name = root.OptionalText("name");
        return (name is null ? description : $"{name}: {description}", steps);
    }
}
