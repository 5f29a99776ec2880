using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>Reads an account's password state from the shadow database (<c>getent shadow USER</c>); the hash itself is never returned.</summary>
public static class PasswordStateProbe
{
    /// <summary>The account's password state.</summary>
    public static async Task<PasswordState> ReadAsync(ITransport transport, string user, CancellationToken cancellationToken)
    {
        var result = await HostCommand.RunAsync(transport, cancellationToken, "getent", "shadow", user).ConfigureAwait(false);
        return Classify(result.StandardOutput);
    }

    /// <summary>Classifies a shadow line by its password field.</summary>
    public static PasswordState Classify(string shadowLine)
    {
        ArgumentNullException.ThrowIfNull(shadowLine);
        var fields = shadowLine.Trim().Split(':');
        return fields.Length < 2 ? PasswordState.Unknown
            : fields[1].Length == 0 ? PasswordState.Empty
            : fields[1][0] is '!' or '*' ? PasswordState.Locked
            : PasswordState.Set;
    }
}
