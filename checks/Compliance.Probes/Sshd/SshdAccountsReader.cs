using Compliance.Core.Transport;

namespace Compliance.Probes.Sshd;

/// <summary>
/// The accounts whose sshd settings are evaluated on a host: root, the named accounts (looked up by name, so that
/// directory accounts the host does not enumerate count), the accounts <c>getent passwd</c> lists with a login shell,
/// and the members of the groups the Match blocks name (looked up by name); each with its groups (<c>id -Gn</c>).
/// </summary>
public static class SshdAccountsReader
{
    private const int Parallelism = 4;

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
        var accounts = new SshdAccount[distinct.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, distinct.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var id = await RunAsync(host, ["id", "-Gn", "--", distinct[i]], ct).ConfigureAwait(false);
            accounts[i] = id.ExitCode == 0
                ? new SshdAccount(distinct[i], id.Output.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), true)
                : new SshdAccount(distinct[i], [], false);
        }).ConfigureAwait(false);
        return accounts;
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
