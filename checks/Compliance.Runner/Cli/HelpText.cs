namespace Compliance.Runner.Cli;

/// <summary>The usage text of the runner and of <c>run-checks.sh</c>.</summary>
public static class HelpText
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: run-checks.sh [--env lab|production|PATH] [--control ID]... [--family NAME]... [--report-dir DIR] [--no-lab-up]
               compliance run [same options]

        Checks an environment against the policy catalog and writes the reports.

          --env ENV         lab (default; brought up first), production, or the path of an environment folder
          --control ID      check only this requirement (repeatable), e.g. NET-07
          --family NAME     check only this family (repeatable): ID (NET), name, or policy file (network)
          --report-dir DIR  where run folders go (default: reports/out); DIR/latest points at the newest run
          --no-lab-up       do not run 'environments/lab/lab up' before checking the lab
          --help            this text

        Every input (policies, inventory, expected state, waivers, attestations) is validated first.
        Each run writes DIR/<run-id>/ with report.html, junit.xml, results.json, evidence/ and manifest.sha256.

        Exit codes: 0 all compliant; 1 at least one requirement Failed; 2 none Failed but at least one
        Not verified; 3 the run could not start (bad input, missing environment).
        """;
}
