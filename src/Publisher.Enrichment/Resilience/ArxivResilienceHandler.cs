using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Publisher.Enrichment.Arxiv;

namespace Publisher.Enrichment.Resilience;

/// <summary>
/// The HttpClient handler that makes arXiv requests polite and resilient: retry (exponential
/// backoff with jitter, honouring <c>Retry-After</c>) → circuit breaker → politeness gate (one
/// connection, spacing) → per-attempt timeout → transport. The body is read inside the attempt so
/// a stalled body times out like a stalled header, and a 200 whose body is <c>Rate exceeded.</c>
/// is turned into a 429 (a truncated feed into a 502) so one rule decides what is retried.
/// </summary>
public sealed class ArxivResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ResiliencePipeline _attemptTimeout;
    private readonly PolitenessGate _gate;
    private readonly ArxivTraffic _traffic;

    /// <summary>Builds the pipeline from validated options; every delay and timeout runs on <paramref name="time"/>.</summary>
    public ArxivResilienceHandler(ArxivResilienceOptions options, TimeProvider time, ArxivTraffic traffic, HttpMessageHandler inner) : base(inner)
    {
        options.Validate();
        _traffic = traffic;
        _gate = new PolitenessGate(options.MinInterval, time, until => traffic.OnWait(until, "spacing"));
        _attemptTimeout = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout })
            .Build();

        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0 && (IsTransient(args.Outcome) || IsInnerTimeout(args.Outcome, args.Context))),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time, options.MaxRetryAfter)),
            OnRetry = args =>
            {
                traffic.LastFailure = args.Outcome.Exception is { } ex ? ex.Message : $"HTTP {(int)args.Outcome.Result!.StatusCode} {args.Outcome.Result.ReasonPhrase}";
                traffic.OnWait(time.GetUtcNow() + args.RetryDelay, args.Outcome.Result?.Headers.RetryAfter is null ? "backoff" : "Retry-After");
                return ValueTask.CompletedTask;
            },
        };
        if (options.Randomizer is { } random) retry.Randomizer = random;

        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(retry)
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                // 429 means "slow down", not "down": only transport errors, timeouts and 5xx count.
                ShouldHandle = args => ValueTask.FromResult(IsUnavailable(args.Outcome) || IsInnerTimeout(args.Outcome, args.Context)),
                // No wait is announced when the circuit opens: the enricher treats an open circuit as "arXiv
                // unreachable" and stops contacting it for the run, so a countdown would promise a request that never comes.
            })
            .Build();
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = 0;
        return _pipeline.ExecuteAsync(async ct =>
        {
            using var slot = await _gate.EnterAsync(ct).ConfigureAwait(false);
            // Counted here, not in OnRetry, so a retry stopped by the open circuit is not counted as sent.
            if (attempt++ > 0) _traffic.OnRetry();
            _traffic.OnRequest();
            return await _attemptTimeout.ExecuteAsync(async t =>
            {
                var response = await base.SendAsync(request, t).ConfigureAwait(false);
                _traffic.OnResponse();
                try
                {
                    await response.Content.LoadIntoBufferAsync(t).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode) Reclassify(response, await response.Content.ReadAsStringAsync(t).ConfigureAwait(false));
                    return response;
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            }, ct).ConfigureAwait(false);
        }, cancellationToken).AsTask();
    }

    private static void Reclassify(HttpResponseMessage response, string body)
    {
        if (ArxivFeedParser.IsRateExceeded(body))
        {
            response.StatusCode = HttpStatusCode.TooManyRequests;
            response.ReasonPhrase = "Rate exceeded (200 with plain-text body)";
        }
        else if (ArxivFeedParser.LooksTruncated(body))
        {
            response.StatusCode = HttpStatusCode.BadGateway;
            response.ReasonPhrase = "Truncated feed";
        }
    }

    /// <summary>True for outcomes worth another attempt.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: BrokenCircuitException } => false,
        { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,
        { Result: { } r } => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)r.StatusCode >= 500,
        _ => false,
    };

    /// <summary>A cancellation nobody asked for: the socket handler's own connect timeout (slow DNS, silent firewall).</summary>
    internal static bool IsInnerTimeout(Outcome<HttpResponseMessage> outcome, ResilienceContext context) =>
        outcome.Exception is OperationCanceledException && !context.CancellationToken.IsCancellationRequested;

    /// <summary>True for outcomes that suggest arXiv is down or unreachable.</summary>
    internal static bool IsUnavailable(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,
        { Result: { } r } => (int)r.StatusCode >= 500,
        _ => false,
    };

    /// <summary>The server's <c>Retry-After</c> (seconds or date), capped; null lets the backoff decide.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        if (header is null) return null;
        var delay = header.Delta ?? (header.Date is { } at ? at - time.GetUtcNow() : null);
        if (delay is not { } d || d <= TimeSpan.Zero) return null;
        return d > cap ? cap : d;
    }
}
