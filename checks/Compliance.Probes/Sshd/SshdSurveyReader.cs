using Compliance.Core.Transport;

namespace Compliance.Probes.Sshd;

/// <summary>
/// Reads sshd's configuration files on a server, plans the connections (<see cref="SshdConnectionPlan"/>) and reads
/// the effective settings of each with <c>sshd -T -C</c>, batched into few commands.
/// </summary>
public static class SshdSurveyReader
{
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
        var reads = await SshdSettingsReader.ReadManyAsync(host, [.. plan.Connections.Select(p => p.Connection)], cancellationToken).ConfigureAwait(false);
        var evaluations = new List<SshdEvaluation>();
        var failures = new List<string>();
        for (var i = 0; i < reads.Count; i++)
        {
            var (connection, settings, error) = reads[i];
            if (settings is null)
            {
                failures.Add($"{plan.Connections[i].Reason}: {error}");
                continue;
            }

            var applied = configuration.MatchBlocks.Where(b => b.Applies(connection, u => groupsOf.TryGetValue(u, out var g) ? g : [])).ToList();
            evaluations.Add(new SshdEvaluation(connection, plan.Connections[i].Reason, applied, settings));
        }

        return new SshdSurvey(host.HostName, configuration, accounts, plan, evaluations, failures);
    }
}
