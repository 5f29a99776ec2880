using Compliance.Controls.Host;
using Compliance.Controls.Tests.Fakes;
using Compliance.Core.Outcomes;

namespace Compliance.Controls.Tests.Host;

/// <summary>Root without a sudo rule: setuid programs no package installed, files behind an approved command.</summary>
public class RootByOtherMeansTests
{
    private const string Packaged = "4755\troot\troot\t/usr/bin/sudo\tsudo\tunchanged\n2755\troot\tshadow\t/usr/bin/chage\tpasswd\tunchanged\n";

    private static FakeEnvironment Setuid(string output, int exit = 0, string stderr = "")
    {
        var world = new HostWorld();
        var env = world.Build();
        env["ml01"].On(c => c.StartsWith("sh -c n=$#", StringComparison.Ordinal), _ => FakeHost.Result(exit, output, stderr));
        return env;
    }

    private static FakeEnvironment Changeable(string output, int exit = 0)
    {
        var env = new HostWorld().Build();
        env["ml01"].On(c => c.StartsWith("sh -c u=$1", StringComparison.Ordinal), _ => FakeHost.Result(exit, output, exit == 0 ? "" : "find: '/etc/nginx': Input/output error"));
        return env;
    }

    [Test]
    public async Task Setuid_programs_pass_when_each_is_a_packages_own_unchanged_file()
    {
        var result = await Setuid(Packaged).RunAsync(new SetuidProgramsOnSecureZoneServersComeFromPackages());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
    }

    [TestCase("4755\troot\troot\t/usr/local/bin/bash\t\tnone\n", "no installed package put it there")]
    [TestCase("4755\troot\troot\t/usr/bin/passwd\tpasswd\tchanged\n", "differs from the file package passwd installed")]
    public async Task Setuid_programs_fail_on_a_copy_or_a_changed_file(string line, string expected)
    {
        var result = await Setuid(Packaged + line).RunAsync(new SetuidProgramsOnSecureZoneServersComeFromPackages());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain(expected));
    }

    [Test]
    public async Task Setuid_search_that_found_nothing_is_not_verified()
    {
        var result = await Setuid("").RunAsync(new SetuidProgramsOnSecureZoneServersComeFromPackages());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
    }

    [Test]
    public async Task Setuid_search_that_failed_part_way_still_fails_on_what_it_saw()
    {
        var result = await Setuid(Packaged + "4755\troot\troot\t/tmp/.x\t\tnone\n", 1, "find: '/var/lib/x': Input/output error").RunAsync(new SetuidProgramsOnSecureZoneServersComeFromPackages());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("/tmp/.x"));
    }

    [Test]
    public async Task Setuid_search_that_failed_with_nothing_wrong_seen_is_not_verified()
    {
        var result = await Setuid(Packaged, 1, "find: '/var/lib/x': Input/output error").RunAsync(new SetuidProgramsOnSecureZoneServersComeFromPackages());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Contain("Input/output error"));
    }

    [Test]
    public async Task Command_files_pass_when_no_infra_account_can_change_them()
    {
        var result = await Changeable("").RunAsync(new InfraAccountsCannotChangeWhatTheirSudoCommandsRun());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), result.Message);
    }

    [Test]
    public async Task Command_files_fail_when_an_infra_account_can_change_a_file_the_command_reads()
    {
        var result = await Changeable("/etc/nginx/conf.d\n").RunAsync(new InfraAccountsCannotChangeWhatTheirSudoCommandsRun());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("infra1 can change /etc/nginx/conf.d"));
    }

    [Test]
    public async Task Command_files_are_not_verified_when_the_search_fails()
    {
        var result = await Changeable("", 1).RunAsync(new InfraAccountsCannotChangeWhatTheirSudoCommandsRun());

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
    }
}
