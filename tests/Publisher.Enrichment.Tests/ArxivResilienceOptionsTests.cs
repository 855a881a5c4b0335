using Publisher.Enrichment.Resilience;

namespace Publisher.Enrichment.Tests;

public class ArxivResilienceOptionsTests
{
    [Fact]
    public void Defaults_FollowArxivTermsAndValidate()
    {
        var o = new ArxivResilienceOptions().Validate();
        Assert.Equal(TimeSpan.FromSeconds(3), o.MinInterval);
        Assert.Equal(4, o.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(30), o.AttemptTimeout);
        Assert.Equal(2, o.BreakerMinimumThroughput);
    }

    public static TheoryData<ArxivResilienceOptions, string> Invalid => new()
    {
        { new ArxivResilienceOptions { MinInterval = TimeSpan.FromSeconds(-1) }, "MinInterval" },
        { new ArxivResilienceOptions { MaxRetryAttempts = 11 }, "MaxRetryAttempts" },
        { new ArxivResilienceOptions { BaseDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) }, "MaxDelay" },
        { new ArxivResilienceOptions { AttemptTimeout = TimeSpan.Zero }, "AttemptTimeout" },
        { new ArxivResilienceOptions { BreakerFailureRatio = 0 }, "BreakerFailureRatio" },
        { new ArxivResilienceOptions { BreakerMinimumThroughput = 1 }, "BreakerMinimumThroughput" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_OutOfRange_NamesTheSetting(ArxivResilienceOptions options, string name)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void RetryAfter_SecondsDateAndCap_AreHonoured()
    {
        using var r = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.FromSeconds(20), ArxivResilienceHandler.RetryAfter(r, TimeProvider.System, TimeSpan.FromMinutes(2)));
        Assert.Equal(TimeSpan.FromSeconds(10), ArxivResilienceHandler.RetryAfter(r, TimeProvider.System, TimeSpan.FromSeconds(10)));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));
        r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(45));
        Assert.Equal(TimeSpan.FromSeconds(45), ArxivResilienceHandler.RetryAfter(r, clock, TimeSpan.FromMinutes(2)));
        using var none = new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
        Assert.Null(ArxivResilienceHandler.RetryAfter(none, TimeProvider.System, TimeSpan.FromMinutes(2)));
    }
}
