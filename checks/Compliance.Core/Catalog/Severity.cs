namespace Compliance.Core.Catalog;

/// <summary>How serious a violation of a policy is.</summary>
public enum Severity
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Medium.</summary>
    Medium,

    /// <summary>High.</summary>
    High,

    /// <summary>Critical.</summary>
    Critical,
}
