using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>
/// What an account can change under a path: everything <c>access(2)</c> says it may write
/// (<c>runuser -u USER -- find PATH -writable</c>, so mode bits, ACLs and group membership all count)
/// and everything it owns (an owner can always change the mode).
/// </summary>
public static class WritableBy
{
    /// <summary>The paths <paramref name="user"/> can write or owns; null when the account does not exist on the host.</summary>
    public static async Task<IReadOnlyList<string>?> FindAsync(ITransport transport, string user, string path, CancellationToken cancellationToken)
    {
        var id = await HostCommand.RunAsync(transport, cancellationToken, "id", "-u", "--", user).ConfigureAwait(false);
        if (id.ExitCode != 0)
        {
            return id.StandardError.Contains("no such user", StringComparison.OrdinalIgnoreCase)
                ? null
                : throw new InvalidOperationException($"id {user} failed on {transport.HostName}: {id.StandardError.Trim()}");
        }

        var writable = await HostCommand.RunAsync(transport, cancellationToken, "runuser", "-u", user, "--", "find", path, "-writable", "-print").ConfigureAwait(false);
        if (writable.ExitCode != 0 && writable.StandardOutput.Length == 0 && !writable.StandardError.Contains("Permission denied", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"find -writable as {user} failed on {transport.HostName}: {writable.StandardError.Trim()}");
        }

        var owned = await HostCommand.OutputAsync(transport, cancellationToken, "find", path, "-user", user, "-print").ConfigureAwait(false);
        return [.. (writable.StandardOutput + "\n" + owned).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
    }

    /// <summary>True when <paramref name="user"/> may write <paramref name="path"/> itself (<c>runuser -u USER -- test -w PATH</c>).</summary>
    public static async Task<bool> CanWriteAsync(ITransport transport, string user, string path, CancellationToken cancellationToken)
    {
        var result = await HostCommand.RunAsync(transport, cancellationToken, "runuser", "-u", user, "--", "test", "-w", path).ConfigureAwait(false);
        return result.ExitCode == 0;
    }
}
