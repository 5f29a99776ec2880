namespace Compliance.Probes.Host;

/// <summary>One ACL entry of a file: tag (<c>user</c>, <c>group</c>, <c>mask</c>, <c>other</c>), qualifier (empty for the owner/owning group), effective permissions.</summary>
public sealed record AclEntry(string Path, string Tag, string Qualifier, string Permissions, bool Default)
{
    /// <summary>True for a named user or named group entry (an extended ACL beyond the mode bits).</summary>
    public bool Named => Qualifier.Length > 0 && Tag is "user" or "group";

    /// <summary>True when the effective permissions include read.</summary>
    public bool CanRead => Permissions.Contains('r', StringComparison.Ordinal);
}
