namespace Compliance.Controls.Framework;

/// <summary>
/// Lets at most <see cref="Capacity"/> exhaustive sweeps run at once in one run. Each sweep floods its target (tens of
/// thousands of packets a second); in the lab every host shares this machine's CPUs and receive backlog, and more floods
/// at once make the backlog overflow, after which the scanner sees drops and repeats its pass slowly. Waiting here does
/// not count against the waiting check's deadline.
/// </summary>
public sealed class ScanGate(int capacity = ScanGate.DefaultCapacity) : IDisposable
{
    /// <summary>Sweeps at once by default.</summary>
    public const int DefaultCapacity = 3;

    private readonly SemaphoreSlim slots = new(capacity, capacity);

    /// <summary>Sweeps at once, at most.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Runs <paramref name="sweep"/> when a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> sweep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        using (CheckDeadline.Pause())
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await sweep().ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => slots.Dispose();
}
