using Compliance.Core.Transport;

namespace Compliance.Probes.Sshd;

/// <summary>
/// The accounts whose sshd settings are evaluated on a host: root, the named accounts (looked up by name, so that
/// directory accounts the host does not enumerate count), the accounts <c>getent passwd</c> lists with a login shell,
/// and the members of the groups the Match blocks name (looked up by name); each with its groups (<c>id -Gn</c>).
/// </summary>
public static class SshdAccountsReader
{
    private const string GroupsBatch = "for u in \"$@\"; do g=$(id -Gn -- \"$u\" 2>/dev/null); e=$?; printf '%s\\n@@user %s %s\\n' \"$g\" \"$u\" \"$e\"; done";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Shells that refuse a login.</summary>
    public static IReadOnlyList<string> NoLoginShells { get; } = ["/usr/sbin/nologin", "/sbin/nologin", "/bin/false", "/usr/bin/false", ""];

    /// <summary>Reads the accounts; throws <see cref="SshdSettingsException"/> when the host's account database cannot be read.</summary>
    public static async Task<IReadOnlyList<SshdAccount>> ReadAsync(ITransport host, IEnumerable<string> named, IEnumerable<string> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(groups);
        var names = new List<string> { "root" };
        names.AddRange(named);
        var passwd = await RunAsync(host, ["getent", "passwd"], cancellationToken).ConfigureAwait(false);
        if (passwd.ExitCode != 0)
        {
            throw new SshdSettingsException($"getent passwd on {host.HostName} failed (exit {passwd.ExitCode})");
        }

        names.AddRange(LoginAccounts(passwd.Output));
        foreach (var group in groups.Distinct(StringComparer.Ordinal))
        {
            var entry = await RunAsync(host, ["getent", "group", "--", group], cancellationToken).ConfigureAwait(false);
            names.AddRange(GroupMembers(entry.Output));
        }

        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        var ids = await host.RunAsync(new CommandRequest(["/bin/sh", "-c", GroupsBatch, "sshd-accounts", .. distinct], Timeout), cancellationToken).ConfigureAwait(false);
        if (ids.TimedOut || ids.ExitCode != 0)
        {
            throw new SshdSettingsException($"id -Gn on {host.HostName} failed{(ids.TimedOut ? " (timed out)" : $" (exit {ids.ExitCode})")}: {ids.StandardError.Trim()}");
        }

        return ParseGroups(ids.StandardOutput, distinct);
    }

    /// <summary>Parses the batched <c>id -Gn</c> output: a <c>@@user NAME EXIT</c> line after each account's groups.</summary>
    public static IReadOnlyList<SshdAccount> ParseGroups(string output, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(names);
        var found = new Dictionary<string, SshdAccount>(StringComparer.Ordinal);
        var groups = "";
        foreach (var line in output.Split('\n'))
        {
            var parts = line.Split(' ');
            if (parts.Length == 3 && parts[0] == "@@user")
            {
                found[parts[1]] = parts[2] == "0"
                    ? new SshdAccount(parts[1], groups.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), true)
                    : new SshdAccount(parts[1], [], false);
                groups = "";
            }
            else
            {
                groups = line;
            }
        }

        return [.. names.Select(n => found.TryGetValue(n, out var a) ? a : new SshdAccount(n, [], false))];
    }

    /// <summary>The names in <c>getent passwd</c> output whose shell allows a login.</summary>
    public static IReadOnlyList<string> LoginAccounts(string passwd)
    {
        ArgumentNullException.ThrowIfNull(passwd);
        return [.. passwd.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(':')).Where(f => f.Length >= 7 && !NoLoginShells.Contains(f[6])).Select(f => f[0])];
    }

    /// <summary>The members listed in a <c>getent group NAME</c> line.</summary>
    public static IReadOnlyList<string> GroupMembers(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return [.. group.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(':')).Where(f => f.Length >= 4).SelectMany(f => f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ITransport host, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await host.RunAsync(new CommandRequest(arguments, Timeout), cancellationToken).ConfigureAwait(false);
        if (result.TimedOut)
        {
            throw new SshdSettingsException($"{string.Join(' ', arguments)} on {host.HostName} did not finish within {Timeout.TotalSeconds:0} s");
        }

        // getent exits 2 for a name it does not know; id exits 1: both are answers, not failures.
        return result.ExitCode is 0 or 1 or 2 ? (result.ExitCode, result.StandardOutput)
            : throw new SshdSettingsException($"{string.Join(' ', arguments)} on {host.HostName} failed (exit {result.ExitCode}): {result.StandardError.Trim()}");
    }
}
