using Compliance.Controls.Framework;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Sshd;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// sshd's effective settings on a server for every Match block's criteria and for every account that can log in
/// (the accounts the inventory names, root, and those the host lists with a login shell) from every source address
/// the inventory knows (every host and terminal, so every segment): read once per run and server.
/// </summary>
internal static class SshdSurveys
{
    /// <summary>The survey of <paramref name="server"/> (cached per run).</summary>
    public static Task<SshdSurvey> OfAsync(CheckContext context, string server, CancellationToken ct) =>
        context.Probes.GetAsync($"sshd-survey|{server}", async ct =>
        {
            var host = context.Inventory.Host(server);
            var transport = await Hosts.TransportAsync(context, server, ct).ConfigureAwait(false);
            return await SshdSurveyReader.ReadAsync(transport, NamedAccounts(context), Sources(context), host.Address, Port(context), ct).ConfigureAwait(false);
        }, ct);

    /// <summary>Every account the expected state names (root holders, infra staff, audit, recorded and session users).</summary>
    public static IReadOnlyList<string> NamedAccounts(CheckContext context)
    {
        var expected = context.Inventory.Expected;
        var names = new List<string>();
        if (expected.Has<SudoExpectation>())
        {
            var sudo = expected.Get<SudoExpectation>();
            names.AddRange(sudo.RootHolders.Concat(sudo.InfraAccounts).Concat(sudo.AuditAccounts));
        }

        if (expected.Has<RecordingsExpectation>())
        {
            var recordings = expected.Get<RecordingsExpectation>();
            names.AddRange(recordings.RecordedUsers.Append(recordings.SessionUser));
        }

        if (expected.Has<GatewayExpectation>())
        {
            names.Add(expected.Get<GatewayExpectation>().ForwardingUser);
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every address connections can come from: each host's addresses and each terminal's, named with the segment.</summary>
    public static IReadOnlyList<SshdSource> Sources(CheckContext context)
    {
        var inventory = context.Inventory;
        var hosts = inventory.Hosts.SelectMany(h => h.Addresses.Select(a => new SshdSource($"{h.Name} ({h.Segment})", a)));
        var terminals = inventory.Terminals.Select(t => new SshdSource($"terminal {t.ManagementNumber}", t.Ip));
        return [.. hosts.Concat(terminals).DistinctBy(s => s.Address, StringComparer.Ordinal)];
    }

    /// <summary>The SSH port of the policy (22 when the expected state names none).</summary>
    public static int Port(CheckContext context) =>
        context.Inventory.Expected.Has<SshPolicyExpectation>() ? context.Inventory.Expected.Get<SshPolicyExpectation>().Port
        : context.Inventory.Expected.Has<GatewayExpectation>() ? context.Inventory.Expected.Get<GatewayExpectation>().SshPort : 22;

    /// <summary>
    /// The survey of <paramref name="server"/> reviewed with <paramref name="problems"/> (see <see cref="Review"/>);
    /// null, with the reason recorded as unverified, when it could not be read.
    /// </summary>
    public static async Task<SshdSurvey?> ReviewAsync(CheckContext context, string server, Findings findings, Func<SshdEvaluation, IEnumerable<string>> problems, CancellationToken ct, Func<SshdEvaluation, bool>? include = null)
    {
        try
        {
            var survey = await OfAsync(context, server, ct).ConfigureAwait(false);
            Review(survey, findings, problems, include);
            return survey;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // a survey that cannot be read leaves the check's other observations standing
        catch (Exception e)
#pragma warning restore CA1031
        {
            findings.Unverified($"{server}: sshd settings could not be read: {context.Redactor.Redact(e.Message)}");
            return null;
        }
    }

    /// <summary>
    /// Applies <paramref name="problems"/> to every evaluation of the survey (or those <paramref name="include"/> keeps):
    /// each distinct problem is one violation naming the first connection (and its Match blocks) that showed it and how
    /// many others did; what could not be evaluated is unverified. Returns the number of evaluations reviewed.
    /// </summary>
    public static int Review(SshdSurvey survey, Findings findings, Func<SshdEvaluation, IEnumerable<string>> problems, Func<SshdEvaluation, bool>? include = null)
    {
        var reviewed = survey.Evaluations.Where(include ?? (_ => true)).ToList();
        var seen = reviewed.SelectMany(e => problems(e).Select(p => (Problem: p, Evaluation: e))).GroupBy(x => x.Problem, StringComparer.Ordinal);
        foreach (var problem in seen)
        {
            var first = problem.Select(x => x.Evaluation).FirstOrDefault(e => e.Applied.Count > 0) ?? problem.First().Evaluation;
            var others = problem.Count() - 1;
            findings.Violation($"{survey.Host}: {problem.Key} for {first.Describe()}" + (others > 0 ? $" and {others} other connection(s)" : ""));
        }

        foreach (var gap in survey.Unverified)
        {
            findings.Unverified($"{survey.Host}: {gap}");
        }

        if (reviewed.Count == 0)
        {
            findings.Unverified($"{survey.Host}: no sshd -T -C evaluation succeeded");
        }
        else
        {
            findings.Probed(survey.Host);
        }

        return reviewed.Count;
    }
}
