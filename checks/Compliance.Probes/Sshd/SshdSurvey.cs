namespace Compliance.Probes.Sshd;

/// <summary>
/// sshd's effective settings on one server for every planned connection (each Match block's criteria, every account
/// from every source), with the configuration files read and what could not be evaluated.
/// </summary>
public sealed record SshdSurvey(string Host, SshdConfiguration Configuration, IReadOnlyList<SshdAccount> Accounts, SshdPlan Plan, IReadOnlyList<SshdEvaluation> Evaluations, IReadOnlyList<string> Failures)
{
    /// <summary>What could not be established: Match blocks that cannot be evaluated and reads that failed.</summary>
    public IReadOnlyList<string> Unverified => [.. Plan.Unevaluated.Concat(Failures)];

    /// <summary>The evaluations for connections as <paramref name="user"/>.</summary>
    public IEnumerable<SshdEvaluation> For(string user) => Evaluations.Where(e => e.Connection.User == user);

    /// <summary>A summary for evidence: files, Match blocks, accounts, evaluations.</summary>
    public string Describe() =>
        $"{Configuration.Describe()}; {Accounts.Count} account(s) ({string.Join(", ", Accounts.Select(a => a.Known ? a.Name : $"{a.Name} (unknown to the host)"))}); "
        + $"{Evaluations.Count} sshd -T -C evaluation(s)"
        + (Plan.Unsatisfiable.Count == 0 ? "" : $"; applying to nobody: {string.Join("; ", Plan.Unsatisfiable)}");
}
