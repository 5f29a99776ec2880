using Compliance.Controls.Accounts;
using Compliance.Controls.Antivirus;
using Compliance.Controls.Audit;
using Compliance.Controls.Endpoint;
using Compliance.Controls.Framework;

namespace Compliance.Controls.Tests.Endpoint;

/// <summary>The Graph checks, by check ID.</summary>
internal static class GraphCheckTypes
{
    public static readonly IReadOnlyDictionary<string, Func<Check>> All = new Dictionary<string, Func<Check>>
    {
        [nameof(OnlyProjectAccountsUseTerminalsAndOnlyThere)] = () => new OnlyProjectAccountsUseTerminalsAndOnlyThere(),
        [nameof(ProjectAccountsUseWindowsHelloWithBiometrics)] = () => new ProjectAccountsUseWindowsHelloWithBiometrics(),
        [nameof(TerminalsHaveWirelessLanBlocked)] = () => new TerminalsHaveWirelessLanBlocked(),
        [nameof(TerminalsHaveRemovableStorageBlocked)] = () => new TerminalsHaveRemovableStorageBlocked(),
        [nameof(TerminalLocalAdminsAreASeparateDepartment)] = () => new TerminalLocalAdminsAreASeparateDepartment(),
        [nameof(TerminalsAreManagedCompliantAndMatchMacInventory)] = () => new TerminalsAreManagedCompliantAndMatchMacInventory(),
        [nameof(TerminalsRunTheAntivirusProduct)] = () => new TerminalsRunTheAntivirusProduct(),
        [nameof(TerminalsRunEssRec)] = () => new TerminalsRunEssRec(),
        [nameof(DataReceiptTerminalRunsEssRec)] = () => new DataReceiptTerminalRunsEssRec(),
        [nameof(HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt)] = () => new HttpsReachesTheSecureZoneOnlyFromTerminalsThatRecordIt(),
        [nameof(DepartedAccountsAreDisabledAndOutOfProjectGroup)] = () => new DepartedAccountsAreDisabledAndOutOfProjectGroup(),
    };

    public static IEnumerable<string> Ids => All.Keys;
}
