using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Jupyter;

/// <summary>
/// JUP-01: the <c>/{PORT}/</c> mapping reaches no local service of the host other than Jupyter: for every other TCP port the
/// host listens on (its own socket table), <c>https://host/{PORT}/</c> gets the proxy's 404 or 502, never the service's answer.
/// </summary>
public sealed class JupyterPathReachesNothingButJupyter : Check
{
    public override string ControlId => "JUP-01";

    public override string Title => "The /{PORT}/ mapping reaches no local service other than Jupyter";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var jupyter = context.Inventory.Expected.Get<JupyterExpectation>();
        var vantage = jupyter.Terminals[0];
        var running = await JupyterDiscovery.RunningAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var control = await JupyterDiscovery.GetAsync(context, vantage, "GET", $"/{running[0].Port}/api", cancellationToken).ConfigureAwait(false);
        evidence.Record(vantage, $"https {jupyter.Host}/{running[0].Port}/api", "GET a running Jupyter (positive control)", "200", control.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (control.Status != 200)
        {
            throw new PrerequisiteFailedException($"the mapping does not even reach a running Jupyter ({control.Status})");
        }

        var sockets = await Scans.ListeningAsync(context, jupyter.Host, cancellationToken).ConfigureAwait(false);
        var others = sockets.Where(s => s.Protocol == "tcp" && !running.Any(r => r.Port == s.Port)).Select(s => s.Port).Append(80).Append(8080).Distinct().Order().ToList();
        var leaks = new List<string>();
        foreach (var port in others)
        {
            var answer = await JupyterDiscovery.GetAsync(context, vantage, "GET", $"/{port}/", cancellationToken).ConfigureAwait(false);
            evidence.Record(vantage, $"https {jupyter.Host}/{port}/", "GET a non-Jupyter port through the mapping", "404 or 502 from the proxy", answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Raw);
            if (answer.Status is not (404 or 502 or 503 or 504))
            {
                leaks.Add($"/{port}/ answered {answer.Status}");
            }
        }

        return leaks.Count == 0
            ? Verdict.Pass($"{others.Count} non-Jupyter ports ({string.Join(",", others)}) are not reachable through the mapping")
            : Verdict.Fail($"the mapping reaches other services: {string.Join("; ", leaks)}");
    }
}
