using Compliance.Core.Outcomes;
using Compliance.Core.Results;
using static Compliance.Core.Tests.Resolution.ResolverFixtures;

namespace Compliance.Core.Tests.Resolution;

public sealed class ExitCodesTests
{
    private static RequirementResult Requirement(Outcome outcome) => new(Policy("NET-01"), outcome, string.Empty, [], null, false);

    [TestCase(new[] { Outcome.Passed, Outcome.Attested, Outcome.Waived, Outcome.NotApplicable, Outcome.Planned }, ExpectedResult = 0)]
    [TestCase(new[] { Outcome.Passed, Outcome.NotVerified }, ExpectedResult = 2)]
    [TestCase(new[] { Outcome.NotVerified, Outcome.Failed }, ExpectedResult = 1)]
    [TestCase(new Outcome[0], ExpectedResult = 0)]
    public int Exit_code_reflects_the_worst_requirement(Outcome[] outcomes) =>
        ExitCodes.For(outcomes.Select(o => Requirement(o)));

    [Test]
    public void Planned_requirements_do_not_change_the_exit_code() =>
        Assert.That(ExitCodes.For([Requirement(Outcome.Planned), Requirement(Outcome.Passed)]), Is.EqualTo(ExitCodes.Compliant));

    [Test]
    public void Bad_input_is_exit_code_3() => Assert.That(ExitCodes.BadInput, Is.EqualTo(3));
}
