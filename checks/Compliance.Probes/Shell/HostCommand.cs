using Compliance.Core.Transport;

namespace Compliance.Probes.Shell;

/// <summary>Runs commands on a host through its transport with the probes' default timeout.</summary>
public static class HostCommand
{
    /// <summary>The timeout of one probe command unless a probe sets its own.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>Runs an argument vector; a command that timed out throws <see cref="TimeoutException"/>.</summary>
    public static async Task<CommandResult> RunAsync(ITransport transport, CancellationToken cancellationToken, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(transport);
        var result = await transport.RunAsync(new CommandRequest(arguments, DefaultTimeout), cancellationToken).ConfigureAwait(false);
        return result.TimedOut ? throw new TimeoutException($"'{string.Join(' ', arguments)}' timed out on {transport.HostName}") : result;
    }

    /// <summary>Runs a POSIX shell script (<c>sh -c</c>) with optional positional arguments and stdin.</summary>
    public static async Task<CommandResult> ScriptAsync(ITransport transport, string script, CancellationToken cancellationToken, string? standardInput = null, params string[] positional)
    {
        ArgumentNullException.ThrowIfNull(transport);
        string[] argv = ["sh", "-c", script, "probe", .. positional];
        var result = await transport.RunAsync(new CommandRequest(argv, DefaultTimeout, standardInput), cancellationToken).ConfigureAwait(false);
        return result.TimedOut ? throw new TimeoutException($"a probe script timed out on {transport.HostName}") : result;
    }

    /// <summary>Runs a command that must succeed; otherwise throws <see cref="InvalidOperationException"/> with its error output.</summary>
    public static async Task<string> OutputAsync(ITransport transport, CancellationToken cancellationToken, params string[] arguments)
    {
        var result = await RunAsync(transport, cancellationToken, arguments).ConfigureAwait(false);
        return result.Succeeded
            ? result.StandardOutput
            : throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed on {transport.HostName} (exit {result.ExitCode}): {Trim(result.StandardError)}");
    }

    private static string Trim(string text) => text.Length <= 300 ? text.Trim() : text[..300];
}
