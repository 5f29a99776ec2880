using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Host;

/// <summary>
/// HOST-01: every setuid and setgid program on a Secure Zone server is a file an installed package put there and
/// still matches the package's checksum, so no account gains root through a program someone copied or changed
/// (a setuid copy of a shell in /usr/local/bin, a replaced /usr/bin/passwd). A search that failed or found nothing
/// leaves the check not verified.
/// </summary>
public sealed class SetuidProgramsOnSecureZoneServersComeFromPackages : Check
{
    /// <inheritdoc/>
    public override string ControlId => "HOST-01";

    /// <inheritdoc/>
    public override string Title => "Setuid and setgid programs on Secure Zone servers come unchanged from packages";

    /// <inheritdoc/>
    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var expected = context.Inventory.Expected.Get<SudoExpectation>();
        var findings = new Findings();
        await PerHost.RunAsync(context, expected.Hosts, findings, async transport =>
        {
            var host = transport.HostName;
            var search = await SetuidProgramsProbe.FindAsync(transport, expected.SetuidSearchRoots, cancellationToken).ConfigureAwait(false);
            foreach (var program in search.Programs)
            {
                var what = $"{host}: {program.Path} (mode {program.Mode}, {program.Owner}:{program.Group})";
                switch (program.State)
                {
                    case SetuidProgramState.NoPackage:
                        findings.Violation($"{what} is setuid/setgid and no installed package put it there");
                        break;
                    case SetuidProgramState.Changed:
                        findings.Violation($"{what} is setuid/setgid and differs from the file package {program.Package} installed");
                        break;
                    default:
                        break;
                }
            }

            if (search.Problem.Length > 0)
            {
                findings.Unverified($"{host}: the setuid search under {string.Join(", ", expected.SetuidSearchRoots)} did not complete ({search.Problem})");
            }
            else if (search.Programs.Count == 0)
            {
                findings.Unverified($"{host}: no setuid or setgid program found under {string.Join(", ", expected.SetuidSearchRoots)} (not even sudo): the search saw nothing");
            }

            evidence.Record("suite", host, $"find {string.Join(" ", expected.SetuidSearchRoots)} -perm -4000 -o -perm -2000; dpkg-query -S; md5sums",
                "every program a package's own, unchanged",
                $"{search.Programs.Count} program(s): {string.Join("; ", search.Programs.Select(p => $"{p.Path} {p.Mode} {(p.Package.Length == 0 ? "no package" : p.Package)} {p.State.ToString().ToLowerInvariant()}"))}",
                search.Problem);
        }, cancellationToken).ConfigureAwait(false);

        return findings.Verdict($"Every setuid/setgid program under {string.Join(", ", expected.SetuidSearchRoots)} on {string.Join(", ", expected.Hosts)} is a package's own file, unchanged.");
    }
}
