namespace Compliance.Probes.Host;

/// <summary>The ACL entries of a path and everything under it, with getfacl's output for evidence.</summary>
public sealed record AclListing(IReadOnlyList<AclEntry> Entries, string Raw)
{
    /// <summary>Entries for a named user or group that grant anything (extended ACLs beyond the mode bits).</summary>
    public IReadOnlyList<AclEntry> NamedGrants => [.. Entries.Where(a => a.Named && a.Permissions.Trim('-').Length > 0)];
}
