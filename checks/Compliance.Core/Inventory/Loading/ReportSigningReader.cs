using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>
/// Reads the optional <c>report_signing: {certificate, key}</c> of <c>inventory.yaml</c>: paths relative to the environment
/// folder or absolute, with the lab's <c>{instance}</c> placeholder. The files themselves may not exist yet when the
/// inventory is read (the lab makes its signing key when it comes up); the run checks them before any check starts.
/// </summary>
internal static class ReportSigningReader
{
    public static ReportSigning? Read(YamlFields root, string directory, IReadOnlyDictionary<string, string> placeholders)
    {
        if (root.OptionalNode("report_signing") is not { } node)
        {
            return null;
        }

        var substituted = placeholders.Count > 0 ? YamlPlaceholders.Substitute(root.File, node, placeholders, "report_signing") : node;
        var fields = new YamlFields(root.File, substituted, "report_signing", "certificate", "key");
        return new ReportSigning(
            Path.GetFullPath(Path.Combine(directory, fields.Text("certificate"))),
            Path.GetFullPath(Path.Combine(directory, fields.Text("key"))),
            root.File, node.Line, node.Column);
    }
}
