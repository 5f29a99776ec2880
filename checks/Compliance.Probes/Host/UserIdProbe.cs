using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Host;

/// <summary>Looks up an account's numeric user ID on the host (<c>id -u USER</c>).</summary>
public static class UserIdProbe
{
    /// <summary>The account's uid; null when the account does not exist or id printed no number.</summary>
    public static async Task<int?> ReadAsync(ITransport host, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var result = await host.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(10), "id", "-u", user), cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Parse(result.StandardOutput) : null;
    }

    /// <summary>Parses id's output (one number).</summary>
    public static int? Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return int.TryParse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var uid) ? uid : null;
    }
}
