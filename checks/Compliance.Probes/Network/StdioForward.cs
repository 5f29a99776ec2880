namespace Compliance.Probes.Network;

/// <summary>An <c>ssh -W target:port</c> through the gateway: whether the target's SSH banner came back (the channel was forwarded).</summary>
public sealed record StdioForward(string Target, int Port, bool Forwarded, int ExitCode, string Raw);
