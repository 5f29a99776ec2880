namespace Compliance.Core.Inventory;

/// <summary>
/// A security-room terminal: management number, kind (infra, data, dev), MAC, fixed IP, the lab host or device name that
/// stands for it, and its operating system as the register declares it (<see cref="TerminalOs"/>).
/// </summary>
public sealed record Terminal(string ManagementNumber, string Kind, string Mac, string Ip, string? Host, string? DeviceName, string Os)
{
    /// <summary>True when the register declares the terminal a Windows device.</summary>
    public bool IsWindows => Os == TerminalOs.Windows;
}
