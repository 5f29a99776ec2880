using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>A real read of a file as another account (<c>runuser -u USER -- head -c 64 FILE</c>), classified.</summary>
public static class ReadAttempt
{
    /// <summary>Tries the read and classifies what happened; the content read is never returned.</summary>
    public static async Task<(ReadOutcome Outcome, string Detail)> TryAsync(ITransport transport, string user, string path, CancellationToken cancellationToken)
    {
        var result = await HostCommand.RunAsync(transport, cancellationToken, "runuser", "-u", user, "--", "head", "-c", "64", "--", path).ConfigureAwait(false);
        return (Classify(result), result.StandardError.Trim());
    }

    /// <summary>Classifies the result of a read attempt.</summary>
    public static ReadOutcome Classify(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return ReadOutcome.Read;
        }

        var error = result.StandardError;
        return error.Contains("Permission denied", StringComparison.Ordinal) ? ReadOutcome.Denied
            : error.Contains("does not exist", StringComparison.Ordinal) ? ReadOutcome.NoSuchUser
            : error.Contains("No such file", StringComparison.Ordinal) ? ReadOutcome.Missing
            : ReadOutcome.Error;
    }
}
