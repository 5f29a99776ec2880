using System.Text.RegularExpressions;
using Compliance.Core.Transport;

namespace Compliance.Probes.Ssh;

/// <summary>
/// Runs commands on one inventory host over a shared <see cref="SshConnection"/>: directly, or through the gateway's
/// recorded command hop, where the exec request's command line is <c>&lt;target&gt; &lt;quoted argv&gt;</c>.
/// With <c>sudo: true</c> every command runs as <c>sudo -n -- argv</c> (non-interactive: a missing sudo rule fails
/// at once instead of waiting for a password). Every command runs under coreutils <c>timeout</c> with the request's
/// deadline, because closing the channel does not stop a remote process that ignores its closed pipes.
/// </summary>
public sealed partial class SshTransport : ITransport
{
    /// <summary>Exit status by which ssh (and the gateway hop) reports that the onward connection failed.</summary>
    public const int HopFailureExitCode = 255;

    private readonly SshConnection connection;
    private readonly string? hopTarget;
    private readonly bool sudo;

    internal SshTransport(string hostName, SshConnection connection, string? hopTarget, bool sudo)
    {
        if (hopTarget is not null && !TargetName().IsMatch(hopTarget))
        {
            throw new TransportException($"host name '{hopTarget}' cannot be passed to the gateway hop");
        }

        HostName = hostName;
        this.connection = connection;
        this.hopTarget = hopTarget;
        this.sudo = sudo;
        var endpoint = connection.Endpoint;
        var privilege = sudo ? ", commands through sudo -n" : "";
        var origin = connection.Origin.Describe.Length == 0 ? "" : $" {connection.Origin.Describe}";
        Describe = hopTarget is null
            ? $"ssh {endpoint.Account}{origin}{privilege}"
            : $"ssh {endpoint.User}@{hostName} via {endpoint.HostName} recorded command hop (this session is recorded by the gateway){privilege}";
    }

    /// <inheritdoc />
    public string HostName { get; }

    /// <inheritdoc />
    public string Describe { get; }

    /// <summary>
    /// The command line sent in the exec request for <paramref name="arguments"/>: the remote deadline, sudo when the
    /// host says so, the quoted arguments. Without standard input the command reads <c>/dev/null</c>, so a command that
    /// reads its input ends instead of waiting for the deadline.
    /// </summary>
    public string CommandLine(IReadOnlyList<string> arguments, TimeSpan timeout, bool withStandardInput = false)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var seconds = Math.Max(1, (long)Math.Ceiling(timeout.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] deadline = ["timeout", "--kill-after=5", seconds + "s"];
        IEnumerable<string> argv = sudo ? [.. deadline, "sudo", "-n", "--", .. arguments] : [.. deadline, .. arguments];
        var line = ShellQuoting.Join(argv) + (withStandardInput ? "" : " </dev/null");
        return hopTarget is null ? line : $"{hopTarget} {line}";
    }

    /// <inheritdoc />
    public async Task<CommandResult> RunAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await connection.RunAsync(CommandLine(request.Arguments, request.Timeout, request.StandardInput is not null), request.StandardInput, request.Timeout, cancellationToken)
            .ConfigureAwait(false);
        if (hopTarget is not null && !result.TimedOut && result.ExitCode == HopFailureExitCode)
        {
            var reason = (result.StandardError.Length > 0 ? result.StandardError : result.StandardOutput).Trim();
            throw new TransportException(
                $"recorded hop from {connection.Endpoint.HostName} to {hopTarget} failed (exit {HopFailureExitCode}): {(reason.Length > 300 ? reason[^300..] : reason)}");
        }

        return result;
    }

    /// <summary>The connection belongs to the provider and lives for the run; nothing to release here.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex TargetName();
}
