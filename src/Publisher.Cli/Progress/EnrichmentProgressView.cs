using System.Globalization;
using Publisher.Enrichment;

namespace Publisher.Cli.Progress;

/// <summary>
/// Turns the enricher's <see cref="EnrichmentProgress"/> into what a person reads: requests done and
/// planned, entries found, and the wait before the next request as a countdown. Redirected output
/// gets one line per answered request and one per long wait (a Retry-After or a backoff), through
/// <paramref name="plain"/>; with no <paramref name="plain"/> (a live status line, or quiet) reports are only kept for <see cref="Describe"/>.
/// </summary>
internal sealed class EnrichmentProgressView(TimeProvider time, Action<string>? plain) : IProgress<EnrichmentProgress>
{
    private static readonly TimeSpan LongWait = TimeSpan.FromSeconds(5);
    private EnrichmentProgress? _last;
    private int _printedDone = -1;
    private DateTimeOffset? _printedWait;

    /// <summary>The latest report.</summary>
    public EnrichmentProgress? Last => Volatile.Read(ref _last);

    /// <inheritdoc />
    public void Report(EnrichmentProgress value)
    {
        Volatile.Write(ref _last, value);
        if (plain is null) return;
        if (value.RequestsDone != _printedDone && value.RequestsPlanned > 0)
        {
            _printedDone = value.RequestsDone;
            plain(Counts(value));
        }
        if (value.NextRequestAt is { } at && at != _printedWait && at - time.GetUtcNow() >= LongWait)
        {
            _printedWait = at;
            plain($"waiting {Seconds(at - time.GetUtcNow())} before the next request ({value.Waiting})");
        }
    }

    /// <summary>The status line for now: counts and, while waiting, the countdown.</summary>
    public string? Describe()
    {
        if (Last is not { } p) return "arxiv: preparing";
        var line = "arxiv: " + Counts(p);
        if (p.NextRequestAt is { } at && at > time.GetUtcNow()) line += $", next request in {Seconds(at - time.GetUtcNow())} ({p.Waiting})";
        return line;
    }

    private static string Counts(EnrichmentProgress p) =>
        $"requests {p.RequestsDone}/{Math.Max(p.RequestsPlanned, p.RequestsDone)}, {p.Matched} found";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " s";
}
