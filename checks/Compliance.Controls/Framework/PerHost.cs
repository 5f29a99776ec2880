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
    public static async Task RunAsync(CheckContext context, IEnumerable<string> hosts, Findings findings, Func<ITransport, Task> probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        await Parallel.ForEachAsync(hosts.Distinct(), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (host, ct) =>
        {
            try
            {
                var transport = await context.Transports.ForHostAsync(host, ct).ConfigureAwait(false);
                await probe(transport).ConfigureAwait(false);
                findings.Probed(host);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // one host's probe failure must not hide the other hosts' results
            catch (Exception e)
#pragma warning restore CA1031
            {
                findings.Unverified($"{host}: {ProbeFailure.Describe(e, context.Redactor)}");
            }
        }).ConfigureAwait(false);
    }
}
