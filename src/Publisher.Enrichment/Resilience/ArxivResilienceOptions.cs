namespace Publisher.Enrichment.Resilience;

/// <summary>
/// How politely and how persistently the arXiv client talks to the API. The defaults follow
/// arXiv's terms of use (one request every three seconds, one connection at a time) and make an
/// unreachable arXiv cost a few seconds: after two failed attempts in a row the circuit opens and
/// the run goes on without the network.
/// </summary>
public sealed record ArxivResilienceOptions
{
    /// <summary>Minimum gap between the end of one request and the start of the next. Default 3 s (arXiv's terms); range 0–10 min.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>Retries after the first attempt on 429, 5xx, timeouts, refused connections and <c>Rate exceeded.</c> bodies. Default 4; range 0–10.</summary>
    public int MaxRetryAttempts { get; init; } = 4;
    /// <summary>First backoff delay; doubled per retry, with jitter. Default 2 s; range 0–10 min.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>Longest backoff delay. Default 60 s; must be at least <see cref="BaseDelay"/>.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Longest <c>Retry-After</c> honoured; a longer one is cut to this. Default 120 s.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);
    /// <summary>Time allowed for one attempt, headers and body. Default 30 s; range 1 s–10 min.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Time allowed to open a connection (DNS + TCP + TLS); short, so a silently dropped network fails fast. Default 10 s; at most <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Share of failed attempts (transport errors, timeouts, 5xx; not 429) that opens the circuit. Default 1.0 (every attempt in the window failed).</summary>
    public double BreakerFailureRatio { get; init; } = 1.0;
    /// <summary>Attempts in the window before the breaker may open. Default 2; at least 2.</summary>
    public int BreakerMinimumThroughput { get; init; } = 2;
    /// <summary>Window over which failures are counted. Default 60 s.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>How long the circuit stays open. Default 60 s (a build does not wait for it: it stops asking).</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Random source in [0,1) for jitter; null uses Polly's. Tests pass a constant.</summary>
    public Func<double>? Randomizer { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public ArxivResilienceOptions Validate()
    {
        static void Range(TimeSpan v, TimeSpan lo, TimeSpan hi, string name)
        {
            if (v < lo || v > hi) throw new ArgumentOutOfRangeException(name, v, $"{name} must be between {lo} and {hi}");
        }
        Range(MinInterval, TimeSpan.Zero, TimeSpan.FromMinutes(10), nameof(MinInterval));
        Range(BaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(10), nameof(BaseDelay));
        Range(MaxDelay, BaseDelay, TimeSpan.FromHours(1), nameof(MaxDelay));
        Range(MaxRetryAfter, TimeSpan.Zero, TimeSpan.FromHours(1), nameof(MaxRetryAfter));
        Range(AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), nameof(AttemptTimeout));
        Range(ConnectTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), nameof(ConnectTimeout));
        Range(BreakerSamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1), nameof(BreakerSamplingDuration));
        Range(BreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1), nameof(BreakDuration));
        if (MaxRetryAttempts is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "MaxRetryAttempts must be between 0 and 10");
        if (BreakerFailureRatio is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(BreakerFailureRatio), BreakerFailureRatio, "BreakerFailureRatio must be in (0, 1]");
        if (BreakerMinimumThroughput < 2) throw new ArgumentOutOfRangeException(nameof(BreakerMinimumThroughput), BreakerMinimumThroughput, "BreakerMinimumThroughput must be at least 2");
        return this;
    }
}
