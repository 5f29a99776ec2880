using System.Text.RegularExpressions;
using Compliance.Core.Inventory;

namespace Compliance.Controls.Tests.Lab;

/// <summary>
/// The lab's environment folder rewritten for one instance: namespace names <c>lab-HOST</c> become <c>INSTANCE-HOST</c> and
/// the instance's state paths follow, in a private copy of the folder that is loaded with the ordinary inventory loader.
/// </summary>
internal static partial class InstanceEnvironment
{
    public static EnvironmentInventory Load(string repositoryRoot, string instance)
    {
        var source = Path.Combine(repositoryRoot, "environments", "lab");
        var target = Path.Combine(Path.GetTempPath(), $"compliance-env-{instance}-{Environment.ProcessId}");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var folder in new[] { "", "expected", "fixtures", "tenant" })
        {
            var from = Path.Combine(source, folder);
            if (!Directory.Exists(from))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(from, "*", folder.Length == 0 ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                var copy = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                if (file.EndsWith(".yaml", StringComparison.Ordinal))
                {
                    var text = File.ReadAllText(file);
                    text = Namespace().Replace(text, $"namespace: {instance}-");
                    text = text.Replace("/compliance-lab/lab/", $"/compliance-lab/{instance}/", StringComparison.Ordinal);
                    File.WriteAllText(copy, text);
                }
                else
                {
                    File.Copy(file, copy);
                }
            }
        }

        return InventoryLoader.Load(target);
    }

    [GeneratedRegex(@"namespace:\s*lab-")]
    private static partial Regex Namespace();
}
