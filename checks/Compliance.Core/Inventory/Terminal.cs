namespace Compliance.Core.Inventory;

/// <summary>A security-room terminal: management number, kind (infra, data, dev), MAC, fixed IP, the lab host or device name that stands for it.</summary>
public sealed record Terminal(string ManagementNumber, string Kind, string Mac, string Ip, string? Host, string? DeviceName);
