using Publisher.Cli.Configuration;
using Publisher.Enrichment;
using Publisher.Enrichment.Arxiv;
using Publisher.Enrichment.Resilience;
using Publisher.Enrichment.Review;
using Publisher.Model;

namespace Publisher.Cli.Stages;

/// <summary>
/// The arXiv enrichment stage of <c>publisher build</c> (and the body of <c>publisher enrich</c>):
/// builds the client from the config, enriches, writes <c>review.csv</c> and prints one summary line.
/// Network trouble never fails the build: the enricher records one warning and leaves entries as they were.
/// </summary>
internal static class EnrichStage
{
    /// <summary>Runs the stage on the build's catalog when enabled.</summary>
    public static async Task RunAsync(BuildContext context, CancellationToken ct)
    {
        var config = context.Config.Enrich;
        if (!config.Enabled) { ConsoleReporter.Step("enrich", "skipped (enrich.enabled is false)"); return; }
        var cache = config.Cache is { } c ? context.Config.Resolve(c) : context.OutputPath("cache", "arxiv");
        var result = await ExecuteAsync(context.Catalog, config, cache, context.OutputPath("review.csv"), ct);
        if (result is null)
        {
            context.Diagnostics.Add(new Diagnostic("publisher.json", 0, Severity.Error,
                "the enrich section has an invalid setting (see the message above); enrichment was skipped — fix it or set enrich.enabled to false"));
            return;
        }
        // The enricher's diagnostics go into the catalog with the import's; BuildPipeline adds context.Diagnostics after.
        var added = result.Catalog.Diagnostics.Skip(context.Catalog.Diagnostics.Count);
        context.Catalog = result.Catalog with { Diagnostics = context.Catalog.Diagnostics };
        context.Diagnostics.AddRange(added);
    }

    /// <summary>Enriches <paramref name="catalog"/>; returns null (after printing why) when the settings are invalid.</summary>
    public static async Task<EnrichmentResult?> ExecuteAsync(Catalog catalog, EnrichConfig config, string cacheDirectory, string reviewPath, CancellationToken ct)
    {
        ArxivClientOptions clientOptions;
        try { clientOptions = ClientOptions(config); }
        catch (Exception e) when (e is ArgumentException or UriFormatException or ConfigException)
        {
            ConsoleReporter.Error($"enrich settings: {e.Message}");
            return null;
        }
        using var client = config.Offline ? null : new ArxivClient(clientOptions);
        var cache = new ArxivCache(cacheDirectory, TimeProvider.System, TimeSpan.FromDays(Math.Max(0, config.CacheMaxAgeDays)));
        var plain = Progress.ProgressDisplay.Live || ConsoleReporter.Quiet ? null : (Action<string>)(line => ConsoleReporter.Step("arxiv", line));
        var view = new Progress.EnrichmentProgressView(TimeProvider.System, plain);
        var enricher = new ArxivEnricher(client, cache, new ArxivEnricherOptions { Offline = config.Offline, Progress = view });
        var result = await Progress.ProgressDisplay.RunAsync("arxiv", () => enricher.EnrichAsync(catalog, ct), view.Describe);
        ReviewCsvWriter.Write(reviewPath, result.Report.Ambiguous);
        ConsoleReporter.Step("enrich", result.Report.Summary());
        if (result.Report.Offline && result.Report.NotFetched.Count > 0)
            ConsoleReporter.Step("enrich", $"{result.Report.NotFetched.Count} entries are not in the cache ({cacheDirectory}); run once without --offline to fetch them");
        if (result.Report.Ambiguous.Count > 0) ConsoleReporter.Step("review", $"{result.Report.Ambiguous.Count} uncertain title matches → {reviewPath}");
        return result;
    }

    /// <summary>Client settings from the config section; throws with the setting's name when one is out of range.</summary>
    public static ArxivClientOptions ClientOptions(EnrichConfig config)
    {
        if (!Uri.TryCreate(config.ArxivUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ConfigException($"arxivUrl '{config.ArxivUrl}' is not an absolute http(s) URL (default https://export.arxiv.org)");
        if (!double.IsFinite(config.MinInterval) || !double.IsFinite(config.AttemptTimeout))
            throw new ConfigException("minInterval and attemptTimeout must be numbers of seconds");
        if (config.MinInterval is < 0 or > 600) throw new ConfigException($"minInterval {config.MinInterval} must be between 0 and 600 seconds (default 3, arXiv's terms)");
        if (config.AttemptTimeout is < 1 or > 600) throw new ConfigException($"attemptTimeout {config.AttemptTimeout} must be between 1 and 600 seconds (default 30)");
        if (config.MaxRetries is < 0 or > 10) throw new ConfigException($"maxRetries {config.MaxRetries} must be between 0 and 10 (default 4)");
        var resilience = new ArxivResilienceOptions
        {
            MinInterval = TimeSpan.FromSeconds(config.MinInterval),
            MaxRetryAttempts = config.MaxRetries,
            AttemptTimeout = TimeSpan.FromSeconds(config.AttemptTimeout),
        }.Validate();
        return new ArxivClientOptions { BaseAddress = uri, UserAgent = config.UserAgent, Resilience = resilience };
    }
}
