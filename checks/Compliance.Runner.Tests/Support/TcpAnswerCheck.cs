using Compliance.Controls.Framework;
using Compliance.Core.Transport;

namespace Compliance.Runner.Tests.Support;

/// <summary>From host <c>left</c>, opens a TCP connection to host <c>right</c> on a port: connected passes, anything else fails.</summary>
internal abstract class TcpAnswerCheck(string controlId, int port) : Check
{
    public override string ControlId => controlId;

    public override string Title => $"right answers TCP on port {port} from left";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var target = context.Inventory.Host("right").Address;
        var left = await context.Transports.ForHostAsync("left", cancellationToken);
        var started = context.Clock.GetUtcNow();
        var result = await left.RunAsync(
            CommandRequest.Of(TimeSpan.FromSeconds(20), "bash", "-c", "exec 3<>/dev/tcp/$0/$1", target, port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            cancellationToken);
        var observed = result.TimedOut ? "timed out" : result.ExitCode == 0 ? "connected" : "not connected";
        evidence.Record(left.Describe, $"{target}:{port}", "tcp connect", "connected", observed, result.StandardError, started);
        return observed == "connected" ? Verdict.Pass($"{target}:{port} answers") : Verdict.Fail($"{target}:{port} {observed}");
    }
}
