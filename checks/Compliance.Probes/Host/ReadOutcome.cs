namespace Compliance.Probes.Host;

/// <summary>What a read attempt as another account did.</summary>
public enum ReadOutcome
{
    /// <summary>The content was read.</summary>
    Read,

    /// <summary>The kernel refused: permission denied.</summary>
    Denied,

    /// <summary>The file does not exist.</summary>
    Missing,

    /// <summary>The account does not exist on the host.</summary>
    NoSuchUser,

    /// <summary>Anything else (the probe could not establish the fact).</summary>
    Error,
}
