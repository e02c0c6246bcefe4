namespace Cordon.Screening.Tests;

/// <summary>A clock pinned to one instant, so "today" is a day the test chooses.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
