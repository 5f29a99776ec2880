using Compliance.Checks.Framework;
using Compliance.Controls.Jupyter;

namespace Compliance.Checks.Jupyter;

/// <summary>The jupyter checks (JUP): one test per check, named as the check.</summary>
[TestFixture, Category("JUP"), Parallelizable(ParallelScope.All)]
public sealed class JupyterChecks
{
    [Test, Control("JUP-01")]
    public void JupyterPathReachesEachUsersServer() => Suite.Run<JupyterPathReachesEachUsersServer>();

    [Test, Control("JUP-01")]
    public void JupyterPathReachesNothingButJupyter() => Suite.Run<JupyterPathReachesNothingButJupyter>();

    [Test, Control("JUP-02")]
    public void NoJupyterPortIsReachableFromAnyTerminal() => Suite.Run<NoJupyterPortIsReachableFromAnyTerminal>();

    [Test, Control("JUP-03")]
    public void JupyterRequiresAToken() => Suite.Run<JupyterRequiresAToken>();
}
