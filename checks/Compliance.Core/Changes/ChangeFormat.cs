namespace Compliance.Core.Changes;

/// <summary>How a proposed change is written.</summary>
public enum ChangeFormat
{
    /// <summary>A patch to the lab's files in git diff format, applied to a copy of the lab.</summary>
    Patch,

    /// <summary>A change file of steps (<c>host</c>, <c>run</c>) run inside the hosts of a lab instance, like a violation scenario's <c>break</c>.</summary>
    Steps,
}
