namespace Compliance.Core.Results;

/// <summary>
/// What a run was made for (<c>metadata.run_kind</c> of <c>results.json</c>). Only <see cref="Standard"/> runs are
/// compared with and shown in a requirement's outcome history; a run of any other kind (a run that tries a change
/// before it is made, or the run made just before it as that change's baseline) is never the baseline of a later run
/// and never in a history. A run written before the field existed is standard.
/// </summary>
public static class RunKinds
{
    /// <summary>A run of the environment as it stands: nightly, on demand, in CI.</summary>
    public const string Standard = "standard";

    /// <summary>A run of a separate lab instance with a proposed change applied (<c>--change</c>).</summary>
    public const string Change = "change";

    /// <summary>The run of the lab as it stands that a change run is measured against.</summary>
    public const string ChangeBaseline = "change-baseline";
}
