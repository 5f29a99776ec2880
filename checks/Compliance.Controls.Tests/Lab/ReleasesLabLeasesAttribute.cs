using NUnit.Framework.Interfaces;

namespace Compliance.Controls.Tests.Lab;

/// <summary>Gives the lab instance a test leased from the <see cref="LabPool"/> back when the test ends, whatever its result.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class ReleasesLabLeasesAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test)
    {
    }

    public void AfterTest(ITest test) => LabPool.Release(test.Id);
}
