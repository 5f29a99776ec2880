namespace Compliance.Core.Inventory;

/// <summary>Whether an environment is the lab replica or a real one.</summary>
public enum EnvironmentKind
{
    /// <summary>The lab replica built from network namespaces.</summary>
    Lab,

    /// <summary>A real environment reached over SSH and Microsoft Graph.</summary>
    Production,
}
