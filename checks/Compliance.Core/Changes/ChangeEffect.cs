namespace Compliance.Core.Changes;

/// <summary>What a proposed change does to one requirement or check, from the baseline's outcome to the change run's.</summary>
public enum ChangeEffect
{
    /// <summary>Failed with the change, not Failed without it.</summary>
    NewlyFailed,

    /// <summary>Not verified with the change, not Not verified without it.</summary>
    NewlyNotVerified,

    /// <summary>Failed or Not verified without the change, compliant with it.</summary>
    Fixed,

    /// <summary>The same outcome (or compliant both times).</summary>
    Unchanged,
}
