namespace Compliance.Probes.Sshd;

/// <summary>
/// The connections to evaluate on one server; the Match blocks no connection can satisfy (they apply to nobody: for
/// evidence); and those this reading cannot evaluate (it cannot establish what they allow).
/// </summary>
public sealed record SshdPlan(IReadOnlyList<SshdPlannedConnection> Connections, IReadOnlyList<string> Unsatisfiable, IReadOnlyList<string> Unevaluated);
