using Compliance.Core.Redaction;
using Compliance.Core.Results;
using Compliance.Graph;

namespace Compliance.Controls.Framework;

/// <summary>How a <see cref="CheckRun"/> runs its checks.</summary>
public sealed record CheckRunOptions
{
    /// <summary>Checks working at once by default: they mostly wait on probes in other hosts, not on this machine's CPU.</summary>
    public const int DefaultParallelism = 12;

    /// <summary>The clock (evidence timestamps, deadlines).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The Graph connector (default: one built from the inventory for this run).</summary>
    public IGraphConnector? Graph { get; init; }

    /// <summary>Checks working at once, at most.</summary>
    public int Parallelism { get; init; } = DefaultParallelism;

    /// <summary>Exhaustive sweeps running at once, at most (ignored when <see cref="SweepGate"/> is given).</summary>
    public int ConcurrentSweeps { get; init; } = ScanGate.DefaultCapacity;

    /// <summary>
    /// A sweep gate shared with other runs on the same machine (runs against several lab instances at once must not
    /// flood the machine's one receive backlog together); the caller owns and disposes it. Default: one per run.
    /// </summary>
    public ScanGate? SweepGate { get; init; }

    /// <summary>The run's redactor (default: one that knows the inventory's secrets).</summary>
    public Redactor? Redactor { get; init; }

    /// <summary>Called as each check starts to probe (from any thread; not for a check that is Not applicable or cancelled before it starts).</summary>
    public Action<Check>? Started { get; init; }

    /// <summary>Called as each check finishes (from any thread).</summary>
    public Action<CheckResult>? Finished { get; init; }
}
