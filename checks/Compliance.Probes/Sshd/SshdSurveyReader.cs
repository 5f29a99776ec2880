using Compliance.Core.Transport;

namespace Compliance.Probes.Sshd;

/// <summary>
/// Reads sshd's configuration files on a server, plans the connections (<see cref="SshdConnectionPlan"/>) and reads
/// the effective settings of each with <c>sshd -T -C</c>, a few at a time.
/// </summary>
public static class SshdSurveyReader
{
    /// <summary>The most <c>sshd -T</c> runs at once on one server.</summary>
    public const int Parallelism = 4;

    /// <summary>
    /// Surveys the server; <paramref name="named"/> are the accounts the inventory names, <paramref name="sources"/>
    /// the places connections come from, and the server listens on <paramref name="localAddress"/>:<paramref name="localPort"/>.
    /// Throws <see cref="SshdSettingsException"/> when the configuration or the accounts cannot be read; a connection
    /// whose read fails is listed in <see cref="SshdSurvey.Failures"/>.
    /// </summary>
    public static async Task<SshdSurvey> ReadAsync(ITransport host, IEnumerable<string> named, IReadOnlyList<SshdSource> sources, string localAddress, int localPort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var configuration = await SshdConfigurationReader.ReadAsync(host, cancellationToken).ConfigureAwait(false);
        var groups = configuration.MatchBlocks.Select(b => b.Criterion("group")).OfType<string>()
            .SelectMany(SshdPattern.Positive).Where(g => !g.Contains('*', StringComparison.Ordinal) && !g.Contains('?', StringComparison.Ordinal));
        var accounts = await SshdAccountsReader.ReadAsync(host, named, groups, cancellationToken).ConfigureAwait(false);
        var plan = SshdConnectionPlan.Build(configuration, accounts, sources, localAddress, localPort);
        var groupsOf = accounts.ToDictionary(a => a.Name, a => a.Groups, StringComparer.Ordinal);
        var evaluations = new SshdEvaluation?[plan.Connections.Count];
        var failures = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, plan.Connections.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var planned = plan.Connections[i];
            try
            {
                var settings = await SshdSettingsReader.ReadAsync(host, planned.Connection, ct).ConfigureAwait(false);
                var applied = configuration.MatchBlocks.Where(b => b.Applies(planned.Connection, u => groupsOf.TryGetValue(u, out var g) ? g : [])).ToList();
                evaluations[i] = new SshdEvaluation(planned.Connection, planned.Reason, applied, settings);
            }
            catch (SshdSettingsException e)
            {
                lock (failures)
                {
                    failures.Add($"{planned.Reason}: {e.Message}");
                }
            }
        }).ConfigureAwait(false);
        return new SshdSurvey(host.HostName, configuration, accounts, plan, [.. evaluations.OfType<SshdEvaluation>()], failures);
    }
}
