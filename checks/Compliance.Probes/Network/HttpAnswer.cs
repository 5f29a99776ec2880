namespace Compliance.Probes.Network;

/// <summary>A direct HTTP(S) request's outcome: status (0 when none), the start of the body, curl's exit code.</summary>
public sealed record HttpAnswer(string Url, int Status, string Body, int CurlExit, string Raw);
