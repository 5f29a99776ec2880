using Compliance.Core.Transport;

namespace Compliance.Probes.Ssh;

/// <summary>
/// The host key an endpoint must present: a SHA256 fingerprint as <c>ssh-keygen -lf</c> prints it
/// (<c>SHA256:</c> and unpadded base64). No pin means no key is trusted. A server usually holds several keys
/// (ed25519, ecdsa, rsa); <see cref="RefusedFamilies"/> lets the caller retry without the families already refused,
/// until the pinned key is offered or none is left.
/// </summary>
internal sealed class HostKeyPin(string hostName, string? expected)
{
    private const string Prefix = "SHA256:";
    private readonly List<string> presented = [];

    /// <summary>True when the key presented in the current attempt was refused.</summary>
    public bool Refused { get; private set; }

    /// <summary>Starts a connection attempt: no key presented yet.</summary>
    public void BeginAttempt() => Refused = false;

    /// <summary>Whether the inventory pins a key at all.</summary>
    public bool HasPin => Normalized(expected) is not null;

    /// <summary>Key families (<c>ssh-ed25519</c>, <c>rsa</c>, <c>ecdsa-sha2-nistp256</c>, ...) whose key was refused.</summary>
    public HashSet<string> RefusedFamilies { get; } = new(StringComparer.Ordinal);

    /// <summary>Records the presented key (SSH.NET gives unpadded base64 without prefix) and says whether it is trusted.</summary>
    public bool Accepts(string algorithm, string presentedSha256Base64)
    {
        var fingerprint = Prefix + presentedSha256Base64.TrimEnd('=');
        if (!presented.Contains(fingerprint))
        {
            presented.Add(fingerprint);
        }

        Refused = Normalized(expected) is not { } pin || !string.Equals(pin, fingerprint, StringComparison.Ordinal);
        if (Refused)
        {
            RefusedFamilies.Add(Family(algorithm));
        }

        return !Refused;
    }

    /// <summary>The key family of a host key algorithm name (signature variants and certificates fold into their key type).</summary>
    public static string Family(string algorithm)
    {
        var name = algorithm.Replace("-cert-v01@openssh.com", "", StringComparison.Ordinal);
        return name is "ssh-rsa" or "rsa-sha2-256" or "rsa-sha2-512" ? "rsa" : name;
    }

    /// <summary>The refusal to report after the server's keys were rejected.</summary>
    public TransportException Refusal() => Normalized(expected) is { } pin
        ? new TransportException($"host key mismatch for {hostName}: expected {pin}, presented {string.Join(", ", presented)}")
        : new TransportException($"unknown host key for {hostName}: the inventory pins no host_key, presented {string.Join(", ", presented)}");

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
