namespace Compliance.Lab.Planning;

/// <summary>
/// One resource of the lab plan: shell commands (run by bash in the lab folder) that create and delete it,
/// and the resources it depends on. Create commands are idempotent: running one on an existing resource repairs it.
/// </summary>
public sealed record PlanResource(string Id, string Description, string Create, string Delete, IReadOnlyList<string> DependsOn);
