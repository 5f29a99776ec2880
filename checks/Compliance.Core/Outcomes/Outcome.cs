namespace Compliance.Core.Outcomes;

/// <summary>
/// The outcome vocabulary of a check and of a requirement, kept distinct in every report. Labels, order, JUnit
/// mapping, JSON names and colours live in <see cref="OutcomeVocabulary"/>.
/// </summary>
public enum Outcome
{
    /// <summary>The fact was established and it complies.</summary>
    Passed,

    /// <summary>A violation was observed.</summary>
    Failed,

    /// <summary>The probe could not establish the fact. Never shown as green.</summary>
    NotVerified,

    /// <summary>A failure covered by an unexpired, justified waiver.</summary>
    Waived,

    /// <summary>Declared not applicable in the inventory.</summary>
    NotApplicable,

    /// <summary>A manual control with a valid attestation.</summary>
    Attested,

    /// <summary>A policy without checks yet: listed, never counted as passed. Requirements only.</summary>
    Planned,
}
