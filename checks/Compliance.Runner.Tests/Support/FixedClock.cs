namespace Compliance.Runner.Tests.Support;

/// <summary>A clock that always reads the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedClock Today = new(new DateTimeOffset(2026, 12, 1, 22, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
