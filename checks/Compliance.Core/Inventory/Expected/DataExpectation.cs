namespace Compliance.Core.Inventory.Expected;

/// <summary>The confidential data store (HOST-02, HOST-03).</summary>
[ExpectedSection("data")]
public sealed record DataExpectation
{
    /// <summary>The Secure Zone host that keeps the data.</summary>
    public required string Host { get; init; }

    /// <summary>The segment the data store must be in (the Secure Zone).</summary>
    public string Zone { get; init; } = "secure";

    /// <summary>The store's directory.</summary>
    public required string Path { get; init; }

    /// <summary>The owning (project) account.</summary>
    public required string Owner { get; init; }

    /// <summary>The owning (project) group.</summary>
    public required string Group { get; init; }

    /// <summary>A project member who must be able to read the store (the read attempts' positive control); the owner when unset.</summary>
    public string? Reader { get; init; }

    /// <summary>The widest permission bits allowed on anything in the store, octal (e.g. <c>0750</c>).</summary>
    public required string MaxMode { get; init; }

    /// <summary>A marker file inside the store (relative name) whose presence identifies a copy of the store.</summary>
    public required string Marker { get; init; }

    /// <summary>Directories searched on other hosts for a copy of the store.</summary>
    [IteratedBy("ConfidentialDataIsKeptOnlyInTheSecureZoneDataStore")]
    public IReadOnlyList<string> SearchRoots { get; init; } = ["/srv", "/home", "/var", "/tmp", "/opt", "/root", "/mnt", "/media"];

    /// <summary>Paths pruned from the search (e.g. the lab's own state directory).</summary>
    public IReadOnlyList<string> ExcludePaths { get; init; } = [];

    /// <summary>Hosts not searched for a copy (e.g. appliances without a shell); the data host is never searched for copies.</summary>
    public IReadOnlyList<string> SkipHosts { get; init; } = [];
}
