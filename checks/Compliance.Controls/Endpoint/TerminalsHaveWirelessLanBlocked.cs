namespace Compliance.Controls.Endpoint;

/// <summary>END-03: Wi-Fi is blocked on every terminal by an assigned, applied Windows 10 general configuration.</summary>
public sealed class TerminalsHaveWirelessLanBlocked() : TerminalConfigurationCheck(
    "END-03", "Wireless LAN is blocked on the terminals by device management", "Wi-Fi blocked", c => c.WiFiBlocked == true);
