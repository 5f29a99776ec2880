using Compliance.Core.Transport;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace Compliance.Probes.Ssh;

/// <summary>Loads an endpoint's private key file. Messages name the file, never its content.</summary>
internal static class SshKeyLoader
{
    /// <summary>The key of <paramref name="endpoint"/>; throws <see cref="TransportException"/> when it cannot be read or parsed.</summary>
    public static PrivateKeyFile Load(SshEndpoint endpoint)
    {
        try
        {
            return new PrivateKeyFile(endpoint.KeyFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TransportException($"ssh {endpoint.Account}: cannot read key file {endpoint.KeyFile} ({exception.GetType().Name})");
        }
        catch (SshPassPhraseNullOrEmptyException)
        {
            throw new TransportException($"ssh {endpoint.Account}: key file {endpoint.KeyFile} is protected by a passphrase; the suite needs an unencrypted key readable only by its account");
        }
        catch (Exception exception) when (exception is SshException or ArgumentException or FormatException or InvalidOperationException)
        {
            throw new TransportException($"ssh {endpoint.Account}: key file {endpoint.KeyFile} is not a usable private key ({exception.GetType().Name})");
        }
    }
}
