using Compliance.Core.Inventory;
using Compliance.Runner.Change;

namespace Compliance.Runner.Tests.Change;

public sealed class ChangeInstanceTests
{
    [TestCase("lab", "labx")]
    [TestCase("chg", "chgx")]
    [TestCase("labx", "labxx")]
    [TestCase("abcdefgh", "abcdefgx")]
    [TestCase("abcdefgx", "abcdefgz")]
    public void The_change_instance_is_named_from_the_baseline_a_valid_name_and_never_the_same(string baseline, string change)
    {
        var name = ChangeInstance.NameFor(baseline);

        Assert.That(name, Is.EqualTo(change));
        Assert.That(LabEnvironment.IsInstanceName(name), Is.True);
    }
}
