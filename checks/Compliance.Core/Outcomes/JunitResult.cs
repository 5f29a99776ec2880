namespace Compliance.Core.Outcomes;

/// <summary>How a JUnit test case carries an outcome: passing, or one of the elements <c>failure</c>, <c>error</c>, <c>skipped</c>.</summary>
public enum JunitResult
{
    /// <summary>No element: the test case passed.</summary>
    Pass,

    /// <summary>A <c>failure</c> element.</summary>
    Failure,

    /// <summary>An <c>error</c> element.</summary>
    Error,

    /// <summary>A <c>skipped</c> element.</summary>
    Skipped,
}
