namespace Compliance.Runner.Change;

/// <summary>Names the lab instance a change is tried on, beside the baseline instance and never the same.</summary>
public static class ChangeInstance
{
    /// <summary>
    /// The baseline's name with <c>x</c> appended (<c>lab</c>: <c>labx</c>, <c>chg</c>: <c>chgx</c>); a name already at the
    /// lab's limit of 8 characters has its last one replaced, by <c>x</c> or, when it was <c>x</c>, by <c>z</c>.
    /// </summary>
    public static string NameFor(string baseline)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseline);
        if (baseline.Length < 8)
        {
            return baseline + "x";
        }

        return baseline[..7] + (baseline[7] == 'x' ? "z" : "x");
    }
}
