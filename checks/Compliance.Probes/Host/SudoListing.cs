namespace Compliance.Probes.Host;

/// <summary>What <c>sudo -l -U user</c> reported: whether the user may run sudo at all, and each right.</summary>
public sealed record SudoListing(string User, IReadOnlyList<SudoRight> Rights)
{
    /// <summary>True when the user holds at least one sudo right.</summary>
    public bool Allowed => Rights.Count > 0;

    /// <summary>What sudo printed (standard output and error), for evidence.</summary>
    public string Raw { get; init; } = "";
}
