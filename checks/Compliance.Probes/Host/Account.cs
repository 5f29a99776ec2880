namespace Compliance.Probes.Host;

/// <summary>A local account as <c>getent passwd</c> lists it.</summary>
public sealed record Account(string Name, int Uid, int Gid, string Home, string Shell);
