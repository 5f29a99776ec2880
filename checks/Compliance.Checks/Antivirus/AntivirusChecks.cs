using Compliance.Checks.Framework;
using Compliance.Controls.Antivirus;

namespace Compliance.Checks.Antivirus;

/// <summary>AV: the antivirus product on every server.</summary>
[TestFixture, Category("AV"), Parallelizable(ParallelScope.All)]
public sealed class AntivirusChecks
{
    [Test, Control("AV-01")]
    public void AntivirusDaemonRunsOnEveryServer() => Suite.Run<AntivirusDaemonRunsOnEveryServer>();

    [Test, Control("AV-01")]
    public void AntivirusDefinitionsAreFreshOnEveryServer() => Suite.Run<AntivirusDefinitionsAreFreshOnEveryServer>();

    [Test, Control("AV-01")]
    public void AntivirusDetectsTheEicarTestFileOnEveryServer() => Suite.Run<AntivirusDetectsTheEicarTestFileOnEveryServer>();
}
