namespace Publisher.Enrichment.Resilience;

/// <summary>Counters of what the client actually sent, for the run summary (thread-safe).</summary>
public sealed class ArxivTraffic
{
    private int _requests, _retries, _responses;

    /// <summary>Attempts sent to arXiv (retries included).</summary>
    public int Requests => Volatile.Read(ref _requests);
    /// <summary>Attempts that were retries.</summary>
    public int Retries => Volatile.Read(ref _retries);
    /// <summary>Attempts that got an HTTP response of any status.</summary>
    public int Responses => Volatile.Read(ref _responses);

    /// <summary>The last failure that caused a retry (exception message or status), for messages.</summary>
    public string? LastFailure { get; internal set; }

    /// <summary>When the next request will be sent, while the client waits (spacing, Retry-After, backoff).</summary>
    public DateTimeOffset? NextRequestAt { get; private set; }
    /// <summary>Why the client waits: <c>spacing</c>, <c>Retry-After</c> or <c>backoff</c>.</summary>
    public string? Waiting { get; private set; }
    /// <summary>Raised when a request is sent or a wait begins, so a progress display can follow.</summary>
    public event Action? Changed;

    internal void OnRequest()
    {
        Interlocked.Increment(ref _requests);
        (NextRequestAt, Waiting) = (null, null);
        Changed?.Invoke();
    }

    internal void OnWait(DateTimeOffset until, string reason)
    {
        (NextRequestAt, Waiting) = (until, reason);
        Changed?.Invoke();
    }
    internal void OnRetry() => Interlocked.Increment(ref _retries);
    internal void OnResponse() => Interlocked.Increment(ref _responses);
}
