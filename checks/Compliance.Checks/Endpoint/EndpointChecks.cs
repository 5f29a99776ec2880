using Compliance.Checks.Framework;
using Compliance.Controls.Accounts;
using Compliance.Controls.Antivirus;
using Compliance.Controls.Audit;
using Compliance.Controls.Endpoint;

namespace Compliance.Checks.Endpoint;

/// <summary>Terminals and project accounts as the directory and device management report them through Microsoft Graph.</summary>
[TestFixture, Parallelizable(ParallelScope.All)]
public sealed class EndpointChecks
{
    [Test, Control("END-01"), Category("END")]
    public void OnlyProjectAccountsUseTerminalsAndOnlyThere() => Suite.Run<OnlyProjectAccountsUseTerminalsAndOnlyThere>();

    [Test, Control("END-02"), Category("END")]
    public void ProjectAccountsUseWindowsHelloWithBiometrics() => Suite.Run<ProjectAccountsUseWindowsHelloWithBiometrics>();

    [Test, Control("END-03"), Category("END")]
    public void TerminalsHaveWirelessLanBlocked() => Suite.Run<TerminalsHaveWirelessLanBlocked>();

    [Test, Control("END-04"), Category("END")]
    public void TerminalsHaveRemovableStorageBlocked() => Suite.Run<TerminalsHaveRemovableStorageBlocked>();

    [Test, Control("END-05"), Category("END")]
    public void TerminalLocalAdminsAreASeparateDepartment() => Suite.Run<TerminalLocalAdminsAreASeparateDepartment>();

    [Test, Control("END-06"), Category("END")]
    public void TerminalsAreManagedCompliantAndMatchMacInventory() => Suite.Run<TerminalsAreManagedCompliantAndMatchMacInventory>();

    [Test, Control("AV-02"), Category("AV")]
    public void TerminalsRunTheAntivirusProduct() => Suite.Run<TerminalsRunTheAntivirusProduct>();

    [Test, Control("AUD-02"), Category("AUD")]
    public void TerminalsRunEssRec() => Suite.Run<TerminalsRunEssRec>();

    [Test, Control("AUD-03"), Category("AUD")]
    public void DataReceiptTerminalRunsEssRec() => Suite.Run<DataReceiptTerminalRunsEssRec>();

    [Test, Control("ACC-01"), Category("ACC")]
    public void DepartedAccountsAreDisabledAndOutOfProjectGroup() => Suite.Run<DepartedAccountsAreDisabledAndOutOfProjectGroup>();
}
