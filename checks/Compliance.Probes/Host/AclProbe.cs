using Compliance.Core.Transport;
using Compliance.Probes.Shell;

namespace Compliance.Probes.Host;

/// <summary>Reads the ACLs of a path recursively (<c>getfacl -p -R</c>).</summary>
public static class AclProbe
{
    /// <summary>The entries of <paramref name="path"/> and everything under it; throws when getfacl fails.</summary>
    public static async Task<AclListing> ReadAsync(ITransport transport, string path, CancellationToken cancellationToken)
    {
        var output = await HostCommand.OutputAsync(transport, cancellationToken, "getfacl", "-p", "-R", "--", path).ConfigureAwait(false);
        return new AclListing(GetfaclParser.Parse(output), output);
    }
}
