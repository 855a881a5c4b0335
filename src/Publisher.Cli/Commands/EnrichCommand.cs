using System.CommandLine;
using System.Globalization;
using Publisher.Cli.Configuration;
using Publisher.Cli.Stages;
using Publisher.Model;
using Publisher.Model.Serialization;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher enrich &lt;catalog.json&gt; --out &lt;catalog.json&gt;</c>: fills entries from arXiv (see docs/enrichment.md).</summary>
internal static class EnrichCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("catalog") { Description = "Catalog to enrich (from 'publisher import')." };
        var output = new Option<string>("--out") { Description = "Enriched catalog to write (may be the input).", DefaultValueFactory = _ => "output/catalog.json" };
        var url = new Option<string?>("--arxiv-url") { Description = "arXiv API base address (default https://export.arxiv.org)." };
        var interval = new Option<double?>("--min-interval") { Description = "Seconds between requests (default 3, arXiv's terms)." };
        var cache = new Option<string?>("--cache") { Description = "Cache folder (default: cache/arxiv beside the output catalog)." };
        var offline = new Option<bool>("--offline") { Description = "Use the cache only; never contact arXiv." };
        var configOpt = new Option<string?>("--config") { Description = "Config file whose 'enrich' section gives defaults (default: ./publisher.json if present)." };
        var command = new Command("enrich", "Fill a catalog from arXiv: authors, dates, titles, abstracts, categories, DOIs; uncertain title matches go to review.csv.")
            { input, output, url, interval, cache, offline, configOpt };
        command.SetAction(async (parse, ct) =>
        {
            PublisherConfig config;
            try { config = PublisherConfig.Load(parse.GetValue(configOpt)); }
            catch (ConfigException e) { ConsoleReporter.Error(e.Message); return ExitCodes.Usage; }
            var settings = config.Enrich;
            if (parse.GetValue(url) is { } u) settings = settings with { ArxivUrl = u };
            if (parse.GetValue(interval) is { } i) settings = settings with { MinInterval = i };
            if (parse.GetValue(offline)) settings = settings with { Offline = true };

            var outPath = Path.GetFullPath(parse.GetValue(output)!);
            var outDir = Path.GetDirectoryName(outPath)!;
            var cacheDir = parse.GetValue(cache) is { } c ? Path.GetFullPath(c)
                : settings.Cache is { } sc ? config.Resolve(sc)
                : Path.Combine(outDir, "cache", "arxiv");

            Catalog catalog;
            try { catalog = CatalogJson.Load(parse.GetValue(input)!); }
            catch (Exception e) when (e is CatalogFormatException or IOException or UnauthorizedAccessException)
            {
                ConsoleReporter.Error(e.Message);
                return ExitCodes.Usage;
            }
            // The same lock as 'publisher build': the cache and review.csv live in that folder too.
            using var outputLock = OutputLock.TryAcquire(outDir);
            if (outputLock is null)
            {
                ConsoleReporter.Error($"another publisher build is writing to {outDir}; wait for it to finish and run again");
                return ExitCodes.Busy;
            }
            var result = await EnrichStage.ExecuteAsync(catalog, settings, cacheDir, Path.Combine(outDir, "review.csv"), ct);
            if (result is null) return ExitCodes.Usage;
            CatalogJson.Save(result.Catalog, outPath);
            ConsoleReporter.Diagnostics(result.Catalog.Diagnostics.Skip(catalog.Diagnostics.Count));
            ConsoleReporter.Step("catalog", outPath);
            return result.Catalog.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
        });
        return command;
    }
}
