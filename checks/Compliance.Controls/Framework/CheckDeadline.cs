namespace Compliance.Controls.Framework;

/// <summary>
/// The time a check may spend working. It runs only while the check works: waiting for a shared resource (the
/// exhaustive-sweep gate, a probe another check started) pauses it. Past it, <see cref="Token"/> is cancelled.
/// The deadline of the check running on the current async flow is <see cref="Current"/>.
/// </summary>
public sealed class CheckDeadline : IDisposable
{
    private static readonly AsyncLocal<CheckDeadline?> Flow = new();
    private readonly CancellationTokenSource expiry = new();
    private readonly Lock gate = new();
    private readonly TimeProvider clock;
    private TimeSpan remaining;
    private DateTimeOffset resumedAt;
    private int pauses;
    private ITimer? timer;

    /// <summary>Starts a deadline of <paramref name="limit"/> now.</summary>
    public CheckDeadline(TimeSpan limit, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Limit = limit;
        remaining = limit;
        this.clock = clock;
        resumedAt = clock.GetUtcNow();
        timer = clock.CreateTimer(_ => Expire(), null, limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The deadline of the check on this async flow, if any.</summary>
    public static CheckDeadline? Current => Flow.Value;

    /// <summary>The working time allowed.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Cancelled when the working time is used up.</summary>
    public CancellationToken Token => expiry.Token;

    /// <summary>True once the working time was used up.</summary>
    public bool Expired => expiry.IsCancellationRequested;

    /// <summary>Makes this the deadline of the current async flow (for the pauses of shared resources).</summary>
    public void Enter() => Flow.Value = this;

    /// <summary>Pauses the current flow's deadline (if any) until the returned scope is disposed.</summary>
    public static IDisposable Pause() => Current is { } deadline ? deadline.PauseScope() : NoPause.Instance;

    /// <summary>Pauses this deadline until the returned scope is disposed; pauses nest.</summary>
    public IDisposable PauseScope()
    {
        lock (gate)
        {
            if (pauses++ == 0 && !Expired)
            {
                remaining -= clock.GetUtcNow() - resumedAt;
                timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }

        return new Resume(this);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (gate)
        {
            timer?.Dispose();
            timer = null;
        }

        expiry.Dispose();
    }

    private void ResumeNow()
    {
        lock (gate)
        {
            if (--pauses == 0 && !Expired && timer is not null)
            {
                resumedAt = clock.GetUtcNow();
                timer.Change(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void Expire()
    {
        try
        {
            expiry.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // the check finished while the timer fired
        }
    }

    private sealed class Resume(CheckDeadline deadline) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                deadline.ResumeNow();
            }
        }
    }

    private sealed class NoPause : IDisposable
    {
        public static readonly NoPause Instance = new();

        public void Dispose()
        {
        }
    }
}
