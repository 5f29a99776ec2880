using Compliance.Controls.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Accounts;

/// <summary>
/// Matches a deleted user to the name it had: the directory renames a deleted user's principal name to its object id
/// (without hyphens) followed by the original name; the mail address is kept.
/// </summary>
public static class DeletedUserNames
{
    /// <summary>True when <paramref name="deleted"/> was the account <paramref name="name"/>.</summary>
    public static bool Matches(User deleted, string name)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        var upn = deleted.UserPrincipalName ?? "";
        var prefix = (deleted.Id ?? "").Replace("-", "", StringComparison.Ordinal);
        return TenantReads.SameName(upn, name)
            || (prefix.Length > 0 && upn.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && TenantReads.SameName(upn[prefix.Length..], name))
            || TenantReads.SameName(deleted.Mail, name);
    }
}
