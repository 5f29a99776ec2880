using Compliance.Core.Transport;

namespace Compliance.Controls.Framework;

/// <summary>
/// Runs one probe per host, in parallel with a bound, turning a host's probe failure into an unverified finding and
/// counting each host probed to the end (so that no host at all leaves the check Not verified).
/// </summary>
public static class PerHost
{
    /// <summary>The most hosts probed at once.</summary>
    public const int Parallelism = 4;

    /// <summary>Runs <paramref name="probe"/> on every host; a failure of one host does not stop the others.</summary>
    public static Task RunAsync(CheckContext context, IEnumerable<string> hosts, Findings findings, Func<ITransport, Task> probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        return findings.EachAsync(hosts.Distinct(), host => host,
            async host => await probe(await context.Transports.ForHostAsync(host, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false),
            cancellationToken, context.Redactor, Parallelism);
    }
}
