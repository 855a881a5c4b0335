namespace Publisher.Enrichment.Resilience;

/// <summary>
/// One request at a time, and at least <c>MinInterval</c> between the end of one and the start of
/// the next, measured on the injected <see cref="TimeProvider"/> (so tests advance a fake clock
/// instead of sleeping). Retries pass through the gate too: arXiv counts every request.
/// </summary>
internal sealed class PolitenessGate(TimeSpan minInterval, TimeProvider time, Action<DateTimeOffset>? onWait = null)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private DateTimeOffset? _lastEnd;

    /// <summary>Waits for the connection and the spacing; dispose the result when the exchange is over.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _one.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_lastEnd is { } last)
            {
                var wait = last + minInterval - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    onWait?.Invoke(time.GetUtcNow() + wait);
                    await Task.Delay(wait, time, ct).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            _one.Release();
            throw;
        }
        return new Slot(this);
    }

    private void Exit()
    {
        _lastEnd = time.GetUtcNow();
        _one.Release();
    }

    private sealed class Slot(PolitenessGate gate) : IDisposable
    {
        private int _done;
        public void Dispose() { if (Interlocked.Exchange(ref _done, 1) == 0) gate.Exit(); }
    }
}
