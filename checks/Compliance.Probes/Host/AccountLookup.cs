using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// Looks accounts and groups up by name, the way the host's name service switch resolves them for a login
/// (<c>getent passwd NAME</c>, <c>getent group NAME</c>, <c>id -Gn NAME</c>): directory accounts (LDAP, SSSD) resolve
/// here even where the directory does not enumerate them.
/// </summary>
public static class AccountLookup
{
    /// <summary>The account; null when the host cannot resolve the name (<c>getent</c> exit 2).</summary>
    public static async Task<Account?> UserAsync(ITransport transport, string name, CancellationToken cancellationToken)
    {
        var text = await GetentAsync(transport, "passwd", name, cancellationToken).ConfigureAwait(false);
        return text is null ? null : AccountDatabase.Parse(text, "").Accounts is [var first, ..] ? first : null;
    }

    /// <summary>The group with its listed members; null when the host cannot resolve the name.</summary>
    public static async Task<AccountGroup?> GroupAsync(ITransport transport, string name, CancellationToken cancellationToken)
    {
        var text = await GetentAsync(transport, "group", name, cancellationToken).ConfigureAwait(false);
        return text is null ? null : AccountDatabase.Parse("", text).Groups is [var first, ..] ? first : null;
    }

    /// <summary>Every group the account belongs to as the kernel will see it at login (<c>id -Gn</c>); null when the account cannot be resolved.</summary>
    public static async Task<IReadOnlyList<string>?> GroupsOfAsync(ITransport transport, string name, CancellationToken cancellationToken)
    {
        var result = await HostCommand.RunAsync(transport, cancellationToken, "id", "-Gn", "--", name).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return result.StandardOutput.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        return result.StandardError.Contains("no such user", StringComparison.OrdinalIgnoreCase)
            ? null
            : throw new InvalidOperationException($"id -Gn {name} failed on {transport.HostName} (exit {result.ExitCode}): {result.StandardError.Trim()}");
    }

    private static async Task<string?> GetentAsync(ITransport transport, string database, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = await HostCommand.RunAsync(transport, cancellationToken, "getent", database, "--", name).ConfigureAwait(false);
        return result.ExitCode switch
        {
            0 => result.StandardOutput,
            2 => null,
            _ => throw new InvalidOperationException($"getent {database} {name} failed on {transport.HostName} (exit {result.ExitCode}): {result.StandardError.Trim()}"),
        };
    }
}
