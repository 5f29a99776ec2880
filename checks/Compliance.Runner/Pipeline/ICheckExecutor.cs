using Compliance.Core.Results;

namespace Compliance.Runner.Pipeline;

/// <summary>Knows the checks of the suite and runs a selection of them against an environment.</summary>
public interface ICheckExecutor
{
    /// <summary>Every check of the suite; throws <see cref="Compliance.Core.Inputs.InputException"/> when the suite is unavailable.</summary>
    IReadOnlyList<CheckInfo> DiscoverChecks();

    /// <summary>Runs the selected checks and returns one result per check (Not verified for a check that recorded none).</summary>
    Task<IReadOnlyList<CheckResult>> ExecuteAsync(RunInputs inputs, RunLog log, CancellationToken cancellationToken);
}
