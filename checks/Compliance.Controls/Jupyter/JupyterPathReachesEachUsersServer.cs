using System.Globalization;
using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Host;

namespace Compliance.Controls.Jupyter;

/// <summary>
/// JUP-01: for every Jupyter that runs (and every one the inventory expects), <c>https://host/{PORT}/api</c> answers as the
/// Jupyter on that port, which belongs to its user; a port of the range where nothing runs gets an error.
/// </summary>
public sealed class JupyterPathReachesEachUsersServer : Check
{
    public override string ControlId => "JUP-01";

    public override string Title => "https://{IP}/{PORT}/ reaches the Jupyter server of the user on that port";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var jupyter = context.Inventory.Expected.Get<JupyterExpectation>();
        var vantage = jupyter.Terminals[0];
        await VantageHealth.EnsureAliveAsync(context, evidence, vantage, cancellationToken).ConfigureAwait(false);
        var running = await JupyterDiscovery.RunningAsync(context, evidence, cancellationToken).ConfigureAwait(false);
        var host = await Hosts.TransportAsync(context, jupyter.Host, cancellationToken).ConfigureAwait(false);
        var findings = new Findings("Jupyter server");
        await findings.EachInTurnAsync(jupyter.Servers, s => $"{s.User}:{s.Port}", async expected =>
        {
            var socket = running.FirstOrDefault(r => r.Port == expected.Port);
            var uid = await UserIdProbe.ReadAsync(host, expected.User, cancellationToken).ConfigureAwait(false);
            evidence.Record(jupyter.Host, $"port {expected.Port}", $"Jupyter of {expected.User}", $"runs as uid {uid?.ToString(CultureInfo.InvariantCulture) ?? "?"}", socket is null ? "not running" : $"uid {socket.Uid.ToString(CultureInfo.InvariantCulture)}");
            if (socket is null || socket.Uid != uid)
            {
                findings.Violation(socket is null ? $"{expected.User}'s Jupyter on {expected.Port} is not running" : $"port {expected.Port} belongs to uid {socket.Uid}, not {expected.User}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        await findings.EachAsync(running.Select(r => r.Port), port => $"/{port}/", async port =>
        {
            var answer = await JupyterDiscovery.GetAsync(context, vantage, "GET", $"/{port}/api", cancellationToken).ConfigureAwait(false);
            var isJupyter = answer.Status == 200 && answer.Body.Contains("\"version\"", StringComparison.Ordinal);
            evidence.Record(vantage, $"https {jupyter.Host}/{port}/api", "GET through the reverse proxy", "200 with the Jupyter API version", $"{answer.Status} {Short(answer.Body)}", answer.Raw);
            if (!isJupyter)
            {
                findings.Violation($"/{port}/ does not reach the Jupyter on {port} ({answer.Status})");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);

        var unused = Enumerable.Range(jupyter.PortMin, jupyter.PortMax - jupyter.PortMin + 1).Reverse().First(p => !running.Any(r => r.Port == p));
        await findings.EachAsync([unused], port => $"/{port}/ (nothing runs there)", async port =>
        {
            var empty = await JupyterDiscovery.GetAsync(context, vantage, "GET", $"/{port}/api", cancellationToken).ConfigureAwait(false);
            evidence.Record(vantage, $"https {jupyter.Host}/{unused}/api", "GET a port of the range where nothing runs", "an error (4xx/5xx)", $"{empty.Status} {Short(empty.Body)}", empty.Raw);
            if (empty.Status is 0 or (>= 200 and < 400))
            {
                findings.Violation($"/{unused}/ (nothing runs there) answered {empty.Status}");
            }
        }, cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{running.Count} Jupyter servers reached through /{{PORT}}/, each its user's; the unused port {unused} gets an error");
    }

    private static string Short(string body) => body.Length <= 120 ? body.Trim() : body[..120].Trim();
}
