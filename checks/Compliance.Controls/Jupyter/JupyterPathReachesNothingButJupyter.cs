using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;

namespace Compliance.Controls.Jupyter;

/// <summary>
/// JUP-01: the <c>/{PORT}/</c> mapping reaches no local service of the host other than Jupyter: for every other TCP port the
/// host listens on (its own socket table), <c>https://host/{PORT}/</c> gets the same refusal as a path the mapping does not serve;
/// a different answer (502 from a forwarded connection, the service's own reply) means the mapping reaches that service.
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

        var refusal = await JupyterDiscovery.GetAsync(context, vantage, "GET", "/not-a-port/", cancellationToken).ConfigureAwait(false);
        evidence.Record(vantage, $"https {jupyter.Host}/not-a-port/", "GET a path the mapping does not serve (reference)", "an error", refusal.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (refusal.Status is 0 or (>= 200 and < 400))
        {
            throw new PrerequisiteFailedException($"the reverse proxy's answer for an unmapped path is {refusal.Status}, not an error: no reference to compare with");
        }

        var sockets = await Scans.ListeningAsync(context, jupyter.Host, cancellationToken).ConfigureAwait(false);
        var others = sockets.Where(s => s.Protocol == "tcp" && !running.Any(r => r.Port == s.Port)).Select(s => s.Port).Distinct().Order().ToList();
        var findings = new Findings("port");
        await findings.EachAsync(others, port => $"/{port}/", async port =>
        {
            var answer = await JupyterDiscovery.GetAsync(context, vantage, "GET", $"/{port}/", cancellationToken).ConfigureAwait(false);
            evidence.Record(vantage, $"https {jupyter.Host}/{port}/", "GET a non-Jupyter port through the mapping", $"the unmapped-path answer {refusal.Status}", answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Raw);
            if (answer.Status != refusal.Status)
            {
                findings.Violation($"the mapping reaches another service: /{port}/ answered {answer.Status} (the mapping forwards it)");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return others.Count == 0
            ? Verdict.Pass($"nothing but Jupyter listens on {jupyter.Host}: no other port the mapping could reach")
            : findings.Verdict($"{others.Count} non-Jupyter ports ({string.Join(",", others)}) are not reachable through the mapping");
    }
}
