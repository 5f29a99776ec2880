namespace Compliance.Lab.Commands;

/// <summary>What <c>lab status --json</c> prints.</summary>
public sealed record LabStatus(string Instance, bool Up, string LabDirectory, IReadOnlyList<SegmentStatus> Segments, IReadOnlyList<HostStatus> Hosts);

/// <summary>A segment in <c>lab status --json</c>.</summary>
public sealed record SegmentStatus(string Name, string Cidr, string Router, string Description);

/// <summary>A host in <c>lab status --json</c>.</summary>
public sealed record HostStatus(string Name, string Segment, string Namespace, IReadOnlyList<string> Addresses, string? Mac, bool Present,
    string MountNamespace, string UtsNamespace, IReadOnlyList<ServiceStatus> Services);

/// <summary>A service in <c>lab status --json</c>.</summary>
public sealed record ServiceStatus(string Name, bool Ready);
