using Compliance.Core.Transport;

namespace Compliance.Probes.Ssh;

/// <summary>
/// The host key an endpoint must present: a SHA256 fingerprint as <c>ssh-keygen -lf</c> prints it
/// (<c>SHA256:</c> and unpadded base64). No pin means no key is trusted.
/// </summary>
internal sealed class HostKeyPin(string hostName, string? expected)
{
    private const string Prefix = "SHA256:";

    /// <summary>The fingerprint presented by the server in the last key exchange, <c>SHA256:...</c>.</summary>
    public string? Presented { get; private set; }

    /// <summary>True when the last presented key was refused.</summary>
    public bool Refused { get; private set; }

    /// <summary>Records the presented key (SSH.NET gives unpadded base64 without prefix) and says whether it is trusted.</summary>
    public bool Accepts(string presentedSha256Base64)
    {
        Presented = Prefix + presentedSha256Base64.TrimEnd('=');
        Refused = Normalized(expected) is not { } pin || !string.Equals(pin, Presented, StringComparison.Ordinal);
        return !Refused;
    }

    /// <summary>The refusal to report after the server's key was rejected.</summary>
    public TransportException Refusal() => Normalized(expected) is { } pin
        ? new TransportException($"host key mismatch for {hostName}: expected {pin}, presented {Presented}")
        : new TransportException($"unknown host key for {hostName}: the inventory pins no host_key, presented {Presented}");

    private static string? Normalized(string? fingerprint)
    {
        if (string.IsNullOrWhiteSpace(fingerprint))
        {
            return null;
        }

        var trimmed = fingerprint.Trim().TrimEnd('=');
        return trimmed.StartsWith(Prefix, StringComparison.Ordinal) ? trimmed : Prefix + trimmed;
    }
}
