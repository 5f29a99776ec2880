using Compliance.Checks.Adapter;
using Compliance.Controls.Framework;

namespace Compliance.Checks;

/// <summary>
/// One test case per check of the registry, named as the check, in the category of its family, with the requirement
/// ID as the property <c>Control</c> (in the result XML; <c>dotnet test --filter "Name=SecureZoneReachesNoInternetTcpPort"</c>
/// or <c>--filter "TestCategory=NET"</c> select checks).
/// </summary>
[TestFixture, Parallelizable(ParallelScope.Children)]
public sealed class EveryCheck
{
    /// <summary>The test cases: every registered check.</summary>
    public static IEnumerable<TestCaseData> Checks() =>
        CheckRegistry.All().Select(c => new TestCaseData(c.CheckId)
            .SetName(c.CheckId)
            .SetCategory(c.Family)
            .SetProperty("Control", c.ControlId)
            .SetDescription(c.Title));

    /// <summary>Runs one check against the selected environment.</summary>
    [TestCaseSource(nameof(Checks))]
    public async Task Check(string checkId) => NUnitReport.Report(await AdapterRun.RunAsync(checkId));
}
