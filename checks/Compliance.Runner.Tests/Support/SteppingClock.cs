namespace Compliance.Runner.Tests.Support;

/// <summary>A clock that moves on by <paramref name="step"/> every time it is read, starting at <paramref name="start"/>.</summary>
internal sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private long _reads;

    public override DateTimeOffset GetUtcNow() => start + (step * (Interlocked.Increment(ref _reads) - 1));
}
