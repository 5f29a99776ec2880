using System.Diagnostics;
using System.Text;
using Compliance.Core.Transport;
using Renci.SshNet;

namespace Compliance.Probes.Ssh;

/// <summary>Runs one command line on an exec channel: stdin written then closed, killed and closed at the deadline.</summary>
internal static class SshCommandExecution
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="commandLine"/>; a deadline reached yields a result with <see cref="CommandResult.TimedOut"/> set.</summary>
    public static async Task<CommandResult> RunAsync(
        SshClient client, string commandLine, string? standardInput, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var command = client.CreateCommand(commandLine);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var execution = command.ExecuteAsync(deadline.Token);
        if (standardInput is not null)
        {
            await WriteInputAsync(command, standardInput, deadline.Token).ConfigureAwait(false);
        }

        var timedOut = false;
        try
        {
            await execution.WaitAsync(timeout + CloseGrace, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            timedOut = true;
        }
        catch (TimeoutException)
        {
            timedOut = true;
        }

        return new CommandResult(
            timedOut ? -1 : command.ExitStatus ?? -1,
            command.Result,
            command.Error,
            stopwatch.Elapsed,
            timedOut);
    }

    private static async Task WriteInputAsync(SshCommand command, string standardInput, CancellationToken cancellationToken)
    {
        var input = command.CreateInputStream();
        await using (input.ConfigureAwait(false))
        {
            try
            {
                await input.WriteAsync(Encoding.UTF8.GetBytes(standardInput), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The deadline passed while the command was not reading; the execution reports the timeout.
            }
        }
    }
}
