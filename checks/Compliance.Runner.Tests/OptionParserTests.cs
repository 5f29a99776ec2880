using Compliance.Core.Inputs;
using Compliance.Runner.Cli;

namespace Compliance.Runner.Tests;

public sealed class OptionParserTests
{
    [Test]
    public void Repeated_controls_and_families_are_collected()
    {
        var options = OptionParser.Parse(["run", "--env", "production", "--control", "NET-07", "--control", "NET-08", "--family", "AUD", "--report-dir", "/tmp/r", "--no-lab-up"]);

        Assert.That(options, Is.EqualTo(new RunOptions
        {
            Environment = "production",
            Controls = options.Controls,
            Families = options.Families,
            ReportDirectory = "/tmp/r",
            NoLabUp = true,
        }));
        Assert.That((options.Controls, options.Families), Is.EqualTo((new[] { "NET-07", "NET-08" }, new[] { "AUD" })));
    }

    [Test]
    public void Defaults_check_the_lab() => Assert.That(OptionParser.Parse(["run"]).Environment, Is.EqualTo("lab"));

    [TestCase("run", "--colour")]
    [TestCase("run", "--env")]
    [TestCase("scan")]
    public void Usage_errors_are_bad_input(params string[] args) =>
        Assert.Throws<InputException>(() => OptionParser.Parse(args));

    [Test]
    public void Help_is_recognised_anywhere() => Assert.That(OptionParser.Parse(["run", "--control", "NET-01", "--help"]).Help, Is.True);
}
