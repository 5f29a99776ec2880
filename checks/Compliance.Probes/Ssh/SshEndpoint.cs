using Compliance.Core.Inventory;
using Compliance.Core.Transport;

namespace Compliance.Probes.Ssh;

/// <summary>
/// Where one SSH connection goes: the inventory host that terminates it (the host itself, or its gateway), its
/// address and port, the account, the key file (a path only) and the pinned host key.
/// </summary>
internal sealed record SshEndpoint(
    string HostName,
    string Address,
    int Port,
    string User,
    string KeyFile,
    string? HostKey)
{
    /// <summary>The endpoint of an inventory host whose transport is <c>ssh</c>; relative key paths resolve against the environment folder.</summary>
    public static SshEndpoint Of(HostEntry host, EnvironmentInventory inventory)
    {
        var settings = host.Transport;
        if (!string.Equals(settings.Kind, SshTransportProvider.TransportKind, StringComparison.Ordinal))
        {
            throw new TransportException($"host {host.Name}: transport kind is '{settings.Kind}', not ssh");
        }

        if (string.IsNullOrWhiteSpace(settings.User) || string.IsNullOrWhiteSpace(settings.KeyFile))
        {
            throw new TransportException($"host {host.Name}: an ssh transport needs user and key_file");
        }

        var keyFile = Path.IsPathRooted(settings.KeyFile)
            ? settings.KeyFile
            : Path.GetFullPath(Path.Combine(inventory.Directory, settings.KeyFile));
        return new SshEndpoint(host.Name, host.Address, settings.Port, settings.User, keyFile, settings.HostKey);
    }

    /// <summary><c>user@host</c>, for messages and evidence.</summary>
    public string Account => $"{User}@{HostName}";
}
