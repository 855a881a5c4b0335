namespace Publisher.Writers.Tests.Newsletter;

/// <summary>A clock stopped at one instant (this test project does not reference the FakeTimeProvider package).</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
