namespace Compliance.Runner.Tests.Support;

/// <summary>A fixture shaped like a family of the suite, for discovery tests; never run.</summary>
[TestFixture, Category("SMP"), Explicit("discovery sample")]
public sealed class SampleSuiteFixture
{
    [Test, Control("SMP-01")]
    public void SampleCheckOne() => Assert.Pass();

    [Test, Control("SMP-02")]
    public void SampleCheckTwo() => Assert.Pass();

    [Test]
    public void HelperWithoutControl() => Assert.Pass();
}
