namespace Compliance.Probes.Host;

/// <summary>A setuid or setgid file found on a host and what the package database says about it.</summary>
/// <param name="Mode">The octal mode as <c>find -printf %m</c> prints it (e.g. <c>4755</c>).</param>
/// <param name="Package">The package that installed the path (dpkg), or empty when none did.</param>
/// <param name="State">How the file compares with the package's recorded checksum.</param>
public sealed record SetuidProgram(string Mode, string Owner, string Group, string Path, string Package, SetuidProgramState State);
