using Compliance.Core.Outcomes;

namespace Compliance.Controls.Framework;

/// <summary>What a check concluded, with the sentence that explains it.</summary>
public sealed record Verdict(Outcome Outcome, string Message)
{
    /// <summary>The fact was established and complies.</summary>
    public static Verdict Pass(string message) => new(Outcome.Passed, message);

    /// <summary>A violation was observed.</summary>
    public static Verdict Fail(string message) => new(Outcome.Failed, message);

    /// <summary>The fact could not be established.</summary>
    public static Verdict NotVerified(string message) => new(Outcome.NotVerified, message);
}
