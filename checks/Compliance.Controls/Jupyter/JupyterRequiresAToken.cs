using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Jupyter;

/// <summary>
/// JUP-03: without a token, every running Jupyter gives no notebook content, no file, no session and no kernel: listing and
/// starting kernels, reading contents and the tree are refused (401/403 or a redirect to the login page).
/// </summary>
public sealed class JupyterRequiresAToken : Check
{
    private static readonly (string Method, string Path)[] Protected =
    [
        ("GET", "api/contents"), ("GET", "api/kernels"), ("POST", "api/kernels"), ("GET", "api/sessions"),
        ("GET", "api/terminals"), ("GET", "tree"), ("GET", "files/"), ("GET", "api/kernelspecs"),
    ];

    public override string ControlId => "JUP-03";

    public override string Title => "Jupyter gives no notebook content and no kernel without a token";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var jupyter = context.Inventory.Expected.Get<JupyterExpectation>();
        var vantage = jupyter.Terminals[0];
        var running = await JupyterDiscovery.RunningAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var findings = new Findings("Jupyter server");
        await findings.EachAsync(running.Select(r => r.Port), port => $"/{port}/", async port =>
        {
            var alive = await JupyterDiscovery.GetAsync(context, vantage, "GET", $"/{port}/api", cancellationToken).ConfigureAwait(false);
            evidence.Record(vantage, $"https {jupyter.Host}/{port}/api", "GET the public version endpoint (positive control)", "200", alive.Status.ToString(CultureInfo.InvariantCulture));
            if (alive.Status != 200)
            {
                throw new PrerequisiteFailedException($"the Jupyter on {port} does not answer through the mapping ({alive.Status})");
            }

            foreach (var (method, path) in Protected)
            {
                var answer = await JupyterDiscovery.GetAsync(context, vantage, method, $"/{port}/{path}", cancellationToken).ConfigureAwait(false);
                var refused = answer.Status is 401 or 403 or 302 or 303 or 404 or 405;
                evidence.Record(vantage, $"https {jupyter.Host}/{port}/{path}", $"{method} without a token", "401/403 or redirect to login", answer.Status.ToString(CultureInfo.InvariantCulture), answer.Raw);
                if (answer.Status == 0)
                {
                    findings.Unverified($"no HTTP answer for {method} /{port}/{path}");
                }
                else if (!refused)
                {
                    findings.Violation($"served without a token: {method} /{port}/{path} -> {answer.Status}");
                }
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{running.Count} Jupyter servers refuse contents, files, sessions and kernels without a token");
    }
}
