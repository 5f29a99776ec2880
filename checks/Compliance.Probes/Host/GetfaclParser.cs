namespace Compliance.Probes.Host;

/// <summary>Parses <c>getfacl -p -R</c> output; effective permissions (after the mask) replace the granted ones.</summary>
public static class GetfaclParser
{
    /// <summary>The entries of every file in the output.</summary>
    public static IReadOnlyList<AclEntry> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var entries = new List<AclEntry>();
        var path = "";
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("# file:", StringComparison.Ordinal))
            {
                path = line["# file:".Length..].Trim();
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var isDefault = line.StartsWith("default:", StringComparison.Ordinal);
            var body = isDefault ? line["default:".Length..] : line;
            var effective = body.IndexOf("#effective:", StringComparison.Ordinal);
            var permsOverride = effective >= 0 ? body[(effective + "#effective:".Length)..].Trim() : null;
            var fields = (effective >= 0 ? body[..effective] : body).Trim().Split(':');
            if (fields.Length != 3)
            {
                throw new FormatException($"unrecognised getfacl line: {line}");
            }

            entries.Add(new AclEntry(path, fields[0], fields[1], permsOverride ?? fields[2], isDefault));
        }

        return entries;
    }
}
