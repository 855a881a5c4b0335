using Publisher.Enrichment.Arxiv;
using Publisher.Enrichment.Review;
using Publisher.Model;

namespace Publisher.Enrichment;

/// <summary>
/// Fills a catalog from arXiv: entries with an id are fetched in batches, entries with only a
/// title are searched with OR-ed <c>ti:</c> phrases and matched carefully. Answers are cached per
/// batch as they arrive, so a failure mid-run loses nothing already fetched; a failed request
/// caches nothing. When arXiv cannot be reached the run stops using the network, says so once and
/// leaves the remaining entries as they were.
/// </summary>
public sealed class ArxivEnricher
{
    private readonly ArxivClient? _client;
    private readonly ArxivCache? _cache;
    private readonly ArxivEnricherOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an enricher; <paramref name="client"/> null (or options offline) means cache only.</summary>
    public ArxivEnricher(ArxivClient? client, ArxivCache? cache, ArxivEnricherOptions? options = null, TimeProvider? time = null)
    {
        _client = client;
        _cache = cache;
        _options = options ?? new ArxivEnricherOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Enriches every entry it can; never throws for network or feed problems (cancellation still cancels).</summary>
    public async Task<EnrichmentResult> EnrichAsync(Catalog catalog, CancellationToken ct = default)
    {
        var run = new Run(this, catalog);
        await run.ExecuteAsync(ct).ConfigureAwait(false);
        return run.Result();
    }

    private sealed class Run(ArxivEnricher owner, Catalog catalog)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly Entry[] _entries = catalog.Entries.ToArray();
        private readonly Dictionary<string, (ArxivFeedEntry? Entry, DateTimeOffset FetchedAt)> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (IReadOnlyList<ArxivFeedEntry> Candidates, DateTimeOffset FetchedAt)> _byTitle = new(StringComparer.Ordinal);
        private readonly List<ReviewItem> _review = [];
        private readonly List<string> _notFetched = [];
        private int _cacheHits, _enriched, _unmatched, _byIdCount, _byTitleCount, _planned, _done, _matched;
        private bool? _reachable;
        private bool Offline => owner._options.Offline || owner._client is null;
        private bool _stopNetwork;

        private void ReportProgress()
        {
            var traffic = owner._client?.Traffic;
            owner._options.Progress?.Report(new EnrichmentProgress(_done, _planned, _matched, traffic?.NextRequestAt, traffic?.Waiting));
        }

        public async Task ExecuteAsync(CancellationToken ct)
        {
            if (owner._options.Progress is not null && owner._client is { } client) client.Traffic.Changed += ReportProgress;
            try { await ExecuteCoreAsync(ct).ConfigureAwait(false); }
            finally { if (owner._client is { } c) c.Traffic.Changed -= ReportProgress; }
        }

        private async Task ExecuteCoreAsync(CancellationToken ct)
        {
            var idEntries = _entries.Where(e => e.ArxivId is not null).ToList();
            var titleEntries = _entries.Where(NeedsTitleLookup).ToList();
            _byIdCount = idEntries.Count;
            _byTitleCount = titleEntries.Count;

            await FetchIdsAsync(idEntries.Select(e => e.ArxivId!).DistinctBy(i => i.Base).ToList(), ct).ConfigureAwait(false);
            await FetchTitlesAsync(titleEntries.Select(e => e.Title).DistinctBy(TitleNormalizer.Normalize).ToList(), ct).ConfigureAwait(false);

            var heldIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in _entries) if (e.ArxivId is { } held) heldIds.TryAdd(held.Base, e.Id);
            for (var i = 0; i < _entries.Length; i++)
            {
                var e = _entries[i];
                if (e.ArxivId is { } id) ApplyById(i, id);
                else if (NeedsTitleLookup(e)) ApplyByTitle(i, heldIds);
            }
        }

        public EnrichmentResult Result()
        {
            var client = owner._client;
            var report = new EnrichmentReport
            {
                LookedUpById = _byIdCount,
                LookedUpByTitle = _byTitleCount,
                Enriched = _enriched,
                Unmatched = _unmatched,
                Ambiguous = _review,
                NotFetched = _notFetched,
                CacheHits = _cacheHits,
                Requests = client?.Traffic.Requests ?? 0,
                Retries = client?.Traffic.Retries ?? 0,
                Reachable = Offline ? null : _reachable,
                Offline = Offline,
            };
            var updated = catalog with { Entries = _entries, Diagnostics = [.. catalog.Diagnostics, .. _diagnostics] };
            return new EnrichmentResult(updated, report);
        }

        private bool NeedsTitleLookup(Entry e) =>
            e.ArxivId is null && e.Kind is EntryKind.Paper or EntryKind.Preprint
            && TitleNormalizer.Normalize(e.Title).Length >= owner._options.MinTitleLength
            && !CjkText.ContainsIdeograph(e.Title);

        private async Task FetchIdsAsync(IReadOnlyList<ArxivId> ids, CancellationToken ct)
        {
            var missing = new List<string>();
            foreach (var id in ids)
            {
                if (owner._cache?.GetId(id, anyAge: Offline) is { } hit)
                {
                    _byId[id.Base] = (hit.Entries.FirstOrDefault(), hit.FetchedAt);
                    _cacheHits++;
                }
                else missing.Add(id.Base);
            }
            if (Offline) return;
            var queue = new Queue<IReadOnlyList<string>>(ArxivQueryBuilder.BatchIds(missing, owner._options.MaxIdsPerRequest));
            _planned += queue.Count;
            _matched += _byId.Values.Count(v => v.Entry is not null);
            ReportProgress();
            while (queue.TryDequeue(out var batch))
            {
                if (_stopNetwork) continue;
                var feed = await TryFetchAsync(c => c.GetByIdsAsync(batch, ct), $"{batch.Count} ids from {batch[0]}", ct).ConfigureAwait(false);
                if (feed is null) continue;
                if (!feed.IsError) _matched += feed.Entries.Count;
                if (feed.IsError)
                {
                    // One id arXiv rejects fails the whole batch; when the message names it, ask again without it.
                    var culprit = batch.FirstOrDefault(id => feed.Error!.Contains(id, StringComparison.Ordinal));
                    _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Warning,
                        culprit is not null
                            ? $"arXiv rejected id {culprit}: {feed.Error}; that entry was not enriched — check the id in the list"
                            : $"arXiv rejected a batch of {batch.Count} ids starting {batch[0]}: {feed.Error}; those entries were not enriched — check the ids",
                        EnrichmentCodes.ErrorFeed, culprit is null ? null : EntryIdFor(culprit)));
                    if (culprit is not null && batch.Count > 1) { queue.Enqueue(batch.Where(id => id != culprit).ToList()); _planned++; }
                    continue;
                }
                var fetchedAt = owner._time.GetUtcNow();
                var returned = feed.Entries.GroupBy(e => e.Id.Base, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                // A feed holding fewer entries than it says exist was cut by paging: absence then proves nothing.
                var complete = feed.TotalResults is not int total || total <= feed.Entries.Count;
                foreach (var baseId in batch)
                {
                    var entry = returned.GetValueOrDefault(baseId);
                    if (entry is null && !complete) continue;
                    _byId[baseId] = (entry, fetchedAt);
                    // The feed was complete and well formed, so absence is an answer too ("no such paper").
                    owner._cache?.PutId(ArxivId.Parse(baseId), entry, fetchedAt);
                }
                if (!complete)
                    _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Warning,
                        $"arXiv returned {feed.Entries.Count} of {feed.TotalResults} results for a batch starting {batch[0]}; ids not in the answer were left for the next run",
                        EnrichmentCodes.FetchFailed));
            }
        }

        private async Task FetchTitlesAsync(IReadOnlyList<string> titles, CancellationToken ct)
        {
            var missing = new List<string>();
            foreach (var title in titles)
            {
                if (owner._cache?.GetTitle(title, anyAge: Offline) is { } hit)
                {
                    _byTitle[TitleNormalizer.Normalize(title)] = (hit.Entries, hit.FetchedAt);
                    _cacheHits++;
                }
                else missing.Add(title);
            }
            if (Offline) return;
            var o = owner._options;
            var again = new List<string>();
            var batches = ArxivQueryBuilder.BatchTitles(missing, o.MaxTitlesPerRequest, o.MaxQueryLength).ToList();
            _planned += batches.Count;
            ReportProgress();
            foreach (var batch in batches)
                await SearchTitlesAsync(batch, again, ct).ConfigureAwait(false);
            // Titles whose shared answer was cut by max_results before anything close showed up get a query of their own.
            _planned += again.Count;
            foreach (var title in again)
                await SearchTitlesAsync([title], null, ct).ConfigureAwait(false);
        }

        private async Task SearchTitlesAsync(IReadOnlyList<string> batch, List<string>? again, CancellationToken ct)
        {
            if (_stopNetwork) return;
            var o = owner._options;
            var query = ArxivQueryBuilder.TitleQuery(batch);
            var feed = await TryFetchAsync(c => c.SearchAsync(query, batch.Count * o.ResultsPerTitle, ct), $"title search for {batch.Count} titles", ct).ConfigureAwait(false);
            if (feed is null) return;
            if (feed.IsError)
            {
                _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Warning,
                    $"arXiv rejected a title search ({batch.Count} titles starting \"{batch[0]}\"): {feed.Error}", EnrichmentCodes.ErrorFeed));
                return;
            }
            var cut = feed.TotalResults is int total && total > feed.Entries.Count;
            var fetchedAt = owner._time.GetUtcNow();
            foreach (var title in batch)
            {
                // Keep only candidates that could matter for this title, so the cache stays small and per-title.
                var scored = feed.Entries.Select(e => (Entry: e, Score: TitleMatcher.Score(title, e.Title))).Where(c => c.Score >= 0.5).ToList();
                var candidates = scored.ConvertAll(c => c.Entry);
                var worthReview = scored.Exists(c => c.Score >= o.Matcher.ReviewThreshold);
                if (cut && again is not null && !worthReview)
                {
                    again.Add(title);
                    continue;
                }
                _byTitle[TitleNormalizer.Normalize(title)] = (candidates, fetchedAt);
                owner._cache?.PutTitle(title, candidates, fetchedAt);
                if (worthReview) _matched++;
            }
        }

        private async Task<ArxivFeed?> TryFetchAsync(Func<ArxivClient, Task<ArxivFeed>> fetch, string what, CancellationToken ct)
        {
            try
            {
                var feed = await fetch(owner._client!).ConfigureAwait(false);
                _reachable = true;
                return feed;
            }
            catch (ArxivUnavailableException e) when (!ct.IsCancellationRequested)
            {
                if (e.Unreachable)
                {
                    // Reachable stays true when earlier requests were answered: arXiv went away mid-run.
                    _reachable ??= false;
                    _stopNetwork = true;
                    _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Warning,
                        $"{e.Message}; stopped contacting arXiv for this run — entries not yet fetched stay un-enriched; run again later (cached answers are kept) or use --offline",
                        EnrichmentCodes.Unreachable));
                }
                else
                {
                    _reachable ??= true;
                    _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Warning,
                        $"{what}: {e.Message}; those entries were not enriched and nothing was cached for them — the next run retries them",
                        EnrichmentCodes.FetchFailed));
                }
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Anything else the HTTP stack throws is a failed request too: a build must not die on it.
                _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Warning,
                    $"{what}: unexpected failure ({e.GetType().Name}: {e.Message}); those entries were not enriched and nothing was cached for them",
                    EnrichmentCodes.FetchFailed));
                return null;
            }
            finally
            {
                // A lookup counts as done once answered or given up, so the display always reaches its end.
                _done++;
                ReportProgress();
            }
        }

        private string? EntryIdFor(string baseId) => _entries.FirstOrDefault(e => e.ArxivId?.Base == baseId)?.Id;

        private void ApplyById(int i, ArxivId id)
        {
            var e = _entries[i];
            if (_byId.TryGetValue(id.Base, out var found))
            {
                if (found.Entry is { } record)
                {
                    _entries[i] = EntryUpdater.Apply(e, record, "id", found.FetchedAt, _diagnostics);
                    _enriched++;
                }
                else
                {
                    _unmatched++;
                    _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Warning,
                        $"arXiv has no paper {id}; check the id in the list", EnrichmentCodes.IdNotFound, e.Id));
                }
                return;
            }
            NotFetched(e);
        }

        private void ApplyByTitle(int i, Dictionary<string, string> heldIds)
        {
            var e = _entries[i];
            var key = TitleNormalizer.Normalize(e.Title);
            if (!_byTitle.TryGetValue(key, out var found)) { NotFetched(e); return; }
            var query = new TitleQuery(e.Title, e.Date?.Year,
                e.Authors.Where(p => !p.IsOthers && p.Family is not null).Select(p => p.FamilyWithParticle).ToList());
            var match = owner._options.Matcher.Match(query, found.Candidates);
            switch (match.Kind)
            {
                case TitleMatchKind.Matched when match.Match is { } record:
                    if (heldIds.TryGetValue(record.Id.Base, out var other) && other != e.Id)
                        _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Info,
                            $"title lookup found arXiv {record.Id}, which entry {other} already has: probably the same work listed twice",
                            EnrichmentCodes.DuplicateId, e.Id));
                    _entries[i] = EntryUpdater.Apply(e, record, "title", found.FetchedAt, _diagnostics);
                    _enriched++;
                    break;
                case TitleMatchKind.Ambiguous:
                    _review.Add(new ReviewItem(e.Id, e.Title, e.Date?.Year, match.Reason, match.Candidates.Select(c => new ReviewCandidate(
                        c.Entry.Id.ToString(), c.Entry.Title, c.Entry.Published?.Year, string.Join("; ", c.Entry.Authors), Math.Round(c.Score, 3))).ToList()));
                    _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Info,
                        $"arXiv title lookup not applied ({match.Reason}); {match.Candidates.Count} candidate(s) listed in review.csv — add the right arXiv id to the list to settle it",
                        EnrichmentCodes.NeedsReview, e.Id));
                    break;
                default:
                    _unmatched++;
                    break;
            }
        }

        private void NotFetched(Entry e)
        {
            _notFetched.Add(e.Id);
            if (Offline)
                _diagnostics.Add(new Diagnostic(EntryUpdater.Stage, 0, Severity.Info,
                    "offline and not in the arXiv cache: not enriched; run once with the network to fill the cache", EnrichmentCodes.NotCached, e.Id));
        }
    }
}
