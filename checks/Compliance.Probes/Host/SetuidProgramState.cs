namespace Compliance.Probes.Host;

/// <summary>How a setuid or setgid file compares with the package database.</summary>
public enum SetuidProgramState
{
    /// <summary>No installed package owns the path.</summary>
    NoPackage,

    /// <summary>A package owns the path and its content matches the package's md5sums.</summary>
    Unchanged,

    /// <summary>A package owns the path but the content differs from what it installed.</summary>
    Changed,

    /// <summary>A package owns the path but recorded no checksum for it.</summary>
    NoChecksum,
}
