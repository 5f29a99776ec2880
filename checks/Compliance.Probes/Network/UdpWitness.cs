using System.Globalization;
using Compliance.Core.Transport;

namespace Compliance.Probes.Network;

/// <summary>
/// Decides a silent UDP probe on the target itself: <c>udpwitness.py</c> runs there while the vantage sends and records
/// which datagrams from the vantage's addresses reached the target's UDP layer (after the target's own packet filter),
/// whatever the daemon then did with them. Silence plus arrival = reachable; silence without arrival = blocked on the way.
/// </summary>
public static class UdpWitness
{
    /// <summary>Starts the witness on <paramref name="target"/> for datagrams from <paramref name="sources"/>, runs <paramref name="probe"/>
    /// once it watches, stops it and returns the (destination address, port) pairs that arrived.</summary>
    public static async Task<IReadOnlySet<(string Address, int Port)>> WatchAsync(ITransport target, IReadOnlyList<string> sources, Func<Task> probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(probe);
        var tag = Guid.NewGuid().ToString("N")[..12];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var witness = ProbeScripts.RunPythonAsync(target, "udpwitness.py", TimeSpan.FromSeconds(150), stop.Token, [tag, "120", .. sources]);
        try
        {
            var ready = await target.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(30), "bash", "-c",
                "for i in $(seq 200); do [ -e \"/tmp/udpwitness-$1.ready\" ] && exit 0; sleep 0.1; done; exit 1", "witness", tag), cancellationToken).ConfigureAwait(false);
            if (ready.ExitCode != 0)
            {
                throw new ProbeException(witness.IsCompleted && witness.Exception is { } e
                    ? $"the UDP witness on {target.HostName} did not start: {e.InnerException?.Message}"
                    : $"the UDP witness on {target.HostName} did not start within 20 s");
            }

            await probe().ConfigureAwait(false);
        }
        finally
        {
            await target.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(15), "bash", "-c", "touch \"/tmp/udpwitness-$1.stop\"", "witness", tag), CancellationToken.None).ConfigureAwait(false);
        }

        return Parse(await witness.ConfigureAwait(false));
    }

    /// <summary>Parses the witness's <c>arrived ADDRESS PORT</c> lines.</summary>
    public static IReadOnlySet<(string Address, int Port)> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' '))
            .Where(w => w.Length == 3 && w[0] == "arrived")
            .Select(w => (HostAddress.Normalize(w[1]), int.Parse(w[2], CultureInfo.InvariantCulture)))
            .ToHashSet();
    }
}
