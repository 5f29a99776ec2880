namespace Compliance.Core.Changes;

/// <summary>One step of a change file: a bash script run as root inside a lab host; <see cref="Line"/> is where the step starts in the file.</summary>
public sealed record ChangeStep(string Host, string Run, int Line);
