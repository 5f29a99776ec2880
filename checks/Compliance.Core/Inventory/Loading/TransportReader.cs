using System.Text.RegularExpressions;
using Compliance.Core.Yaml;

namespace Compliance.Core.Inventory.Loading;

/// <summary>
/// Reads a host's <c>transport:</c>. <c>netns</c> takes <c>namespace</c> and optionally <c>mount_namespace</c> and
/// <c>uts_namespace</c> (absolute paths of namespace files to enter as well); <c>ssh</c> takes <c>user</c>, <c>key_file</c>,
/// <c>host_key</c> (<c>SHA256:...</c>) and optionally <c>via</c>, <c>port</c>, <c>sudo</c>.
/// A field of the other kind is an unknown field.
/// </summary>
internal static partial class TransportReader
{
    private static readonly string[] NetnsFields = ["kind", "namespace", "mount_namespace", "uts_namespace"];
    private static readonly string[] SshFields = ["kind", "user", "key_file", "host_key", "via", "port", "sudo"];

    public static TransportSettings Read(YamlFields host, string environmentDirectory)
    {
        var node = host.Node("transport");
        var kindNode = (node as YamlMapping)?["kind"];
        var kind = kindNode is YamlScalar { IsNull: false } s ? s.Value : null;
        var fields = kind switch
        {
            "netns" => new YamlFields(host.File, node, host.Field("transport"), NetnsFields),
            "ssh" => new YamlFields(host.File, node, host.Field("transport"), SshFields),
            null => new YamlFields(host.File, node, host.Field("transport"), SshFields),
            _ => throw YamlFields.Error(kindNode, host.Field("transport.kind"), $"unknown transport kind '{kind}' (allowed: netns, ssh)", host.File),
        };
        _ = fields.Text("kind");
        return kind == "netns" ? ReadNetns(fields) : ReadSsh(fields, environmentDirectory);
    }

    public static void CheckVia(YamlFields host, HostEntry entry, IReadOnlyList<HostEntry> hosts)
    {
        if (entry.Transport.Via is not { } via)
        {
            return;
        }

        if (via == entry.Name || hosts.All(h => h.Name != via))
        {
            var node = ((YamlMapping)host.Node("transport"))["via"]!;
            throw YamlFields.Error(node, host.Field("transport.via"), $"'{via}' is not another host of the inventory", host.File);
        }
    }

    private static TransportSettings ReadNetns(YamlFields f)
    {
        var ns = f.Text("namespace");
        return SafeName().IsMatch(ns)
            ? new TransportSettings("netns", Namespace: ns, MountNamespace: NamespaceFile(f, "mount_namespace"), UtsNamespace: NamespaceFile(f, "uts_namespace"))
            : throw f.ErrorAt(f.Node("namespace"), "namespace", $"'{ns}' is not a valid namespace name (letters, digits, '_', '-')");
    }

    private static string? NamespaceFile(YamlFields f, string key)
    {
        var path = f.OptionalText(key);
        return path is null || (Path.IsPathFullyQualified(path) && !path.Contains("..", StringComparison.Ordinal))
            ? path
            : throw f.ErrorAt(f.Node(key), key, $"'{path}' is not an absolute path of a namespace file");
    }

    private static TransportSettings ReadSsh(YamlFields f, string environmentDirectory)
    {
        var hostKey = f.Text("host_key");
        if (!hostKey.StartsWith("SHA256:", StringComparison.Ordinal) || hostKey.Length < 20)
        {
            throw f.ErrorAt(f.Node("host_key"), "host_key", "must be a SHA256 fingerprint as ssh-keygen -lf prints it (SHA256:...)");
        }

        return new TransportSettings(
            "ssh",
            User: f.Text("user"),
            KeyFile: PrivateFile.Require(f, "key_file", environmentDirectory, "private key"),
            HostKey: hostKey,
            Via: f.OptionalText("via"),
            Port: f.OptionalInt("port", 1, 65535) ?? 22,
            Sudo: f.OptionalBool("sudo") ?? false);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex SafeName();
}
