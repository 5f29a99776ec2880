using Compliance.Probes.Host;

namespace Compliance.Probes.Tests.Host;

/// <summary>The copy search: find's own arguments (no shell), its hits, and the paths it could not read.</summary>
public sealed class DataSearchTests
{
    private static readonly string[] Roots = ["/srv", "/home", "/mnt"];

    [Test]
    public void Names_and_exclusions_with_spaces_and_globs_stay_single_arguments()
    {
        var argv = DataSearch.FindArguments(["confidential", "data set.csv"], ["/srv", "/home/a b"], ["/var/lib/x y", "/tmp/ssh-client.*"]);
        Assert.That(argv, Is.EqualTo(new[]
        {
            "env", "LC_ALL=C", "find", "/srv", "/home/a b",
            "(", "-path", "/var/lib/x y", "-o", "-path", "/tmp/ssh-client.*", ")", "-prune", "-o",
            "(", "-name", "confidential", "-o", "-name", "data set.csv", ")", "-print0",
        }));
    }

    [Test]
    public void Without_exclusions_nothing_is_pruned() =>
        Assert.That(DataSearch.FindArguments(["dataset.csv"], ["/srv"], []), Is.EqualTo(new[] { "env", "LC_ALL=C", "find", "/srv", "(", "-name", "dataset.csv", ")", "-print0" }));

    [Test]
    public void Hits_are_nul_separated_and_keep_spaces_and_newlines()
    {
        var found = DataSearch.ParseFind("/srv/a b/dataset.csv\0/home/x\ny/confidential\0", "", 0, Roots);
        Assert.That(found.Hits, Is.EqualTo(new[] { "/srv/a b/dataset.csv", "/home/x\ny/confidential" }));
    }

    [Test]
    public void A_directory_find_could_not_read_is_named_and_an_absent_root_is_not()
    {
        const string errors = "find: '/mnt': No such file or directory\nfind: '/home/alice/vault': Permission denied\nfind: '/srv/tmp/gone': No such file or directory\n";
        var found = DataSearch.ParseFind("", errors, 1, Roots);
        Assert.That((found.Hits.Count, found.Unreadable), Is.EqualTo((0, new[] { "/home/alice/vault (Permission denied)" })));
    }

    [Test]
    public void A_failure_find_does_not_explain_throws()
    {
        Assert.Throws<InvalidOperationException>(() => DataSearch.ParseFind("", "find: unknown predicate `-foo'\n", 1, Roots));
        Assert.Throws<InvalidOperationException>(() => DataSearch.ParseFind("", "", 1, Roots));
    }
}
