namespace Compliance.Controls.Endpoint;

/// <summary>END-04: removable storage is blocked on every terminal by an assigned, applied Windows 10 general configuration.</summary>
public sealed class TerminalsHaveRemovableStorageBlocked() : TerminalConfigurationCheck(
    "END-04", "Removable storage is blocked on the terminals by device management", "removable storage blocked", c => c.StorageBlockRemovableStorage == true);
