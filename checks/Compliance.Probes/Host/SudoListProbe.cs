using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>Asks sudo what an account may run on the host (<c>sudo -n -ll -U USER</c>).</summary>
public static class SudoListProbe
{
    /// <summary>The account's rights as sudo lists them, with what sudo printed.</summary>
    public static async Task<SudoListing> ReadAsync(ITransport transport, string user, CancellationToken cancellationToken)
    {
        var result = await HostCommand.RunAsync(transport, cancellationToken, "sudo", "-n", "-ll", "-U", user).ConfigureAwait(false);
        var raw = result.StandardOutput + result.StandardError;
        return SudoListParser.Parse(user, raw) with { Raw = raw };
    }
}
