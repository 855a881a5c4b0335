namespace Publisher.Enrichment;

/// <summary>
/// Where an enrichment run stands, reported through <see cref="ArxivEnricherOptions.Progress"/> after each
/// request and whenever the client starts waiting. The caller decides how to show it.
/// </summary>
/// <param name="RequestsDone">Lookups answered or given up (a lookup's retries count once).</param>
/// <param name="RequestsPlanned">Lookups planned so far; grows when the title stage starts or a batch is split.</param>
/// <param name="Matched">Entries matched to an arXiv record so far (from the cache or the network).</param>
/// <param name="NextRequestAt">When the client will send its next request, while it waits; null when not waiting.</param>
/// <param name="Waiting">Why it waits: <c>spacing</c> (the polite interval), <c>Retry-After</c>, or <c>backoff</c>.</param>
public sealed record EnrichmentProgress(int RequestsDone, int RequestsPlanned, int Matched, DateTimeOffset? NextRequestAt, string? Waiting);
