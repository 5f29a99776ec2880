namespace Compliance.Core.Inventory;

/// <summary>
/// How the suite reaches a host. <c>netns</c>: <see cref="Namespace"/> and, when the host has its own, the paths of its
/// <see cref="MountNamespace"/> and <see cref="UtsNamespace"/>. <c>ssh</c>: <see cref="User"/>,
/// <see cref="KeyFile"/> (a path, never the key itself), <see cref="HostKey"/> (pinned <c>SHA256:...</c>),
/// optional <see cref="Via"/> (the gateway host whose recorded command hop leads here), <see cref="Port"/>,
/// <see cref="Sudo"/> (run privileged commands through sudo -n).
/// </summary>
public sealed record TransportSettings(
    string Kind,
    string? Namespace = null,
    string? MountNamespace = null,
    string? UtsNamespace = null,
    string? User = null,
    string? KeyFile = null,
    string? HostKey = null,
    string? Via = null,
    int Port = 22,
    bool Sudo = false);
