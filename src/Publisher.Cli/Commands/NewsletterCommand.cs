using System.CommandLine;
using System.Globalization;
using Publisher.Cli.Templates;
using Publisher.Model;
using Publisher.Model.Serialization;
using Publisher.Writers.Newsletter;

namespace Publisher.Cli.Commands;

/// <summary>
/// <c>publisher newsletter catalog.json [--issue N] [--since DATE] [--until DATE] [--topics T...] [--max N]
/// [--templates DIR] [--style digest|weekly] [--date DATE] [--ledger FILE] --out output/newsletter/</c>.
/// </summary>
internal static class NewsletterCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var catalogArg = new Argument<string>("catalog") { Description = "Catalog file (catalog.json)." };
        var issue = new Option<int?>("--issue") { Description = "Issue number; default the next one. An existing number regenerates that issue byte for byte from the ledger." };
        var since = new Option<string?>("--since") { Description = "Only entries dated on or after YYYY-MM-DD (undated entries are then left out)." };
        var until = new Option<string?>("--until") { Description = "Only entries dated on or before YYYY-MM-DD." };
        var topics = new Option<string[]>("--topics") { Description = "Only entries under these topics (a full path or one segment).", AllowMultipleArgumentsPerToken = true };
        var max = new Option<int?>("--max") { Description = "At most N entries (0 or absent: no limit)." };
        var templates = new Option<string?>("--templates") { Description = "Template root (holding digest/, weekly/) or one template folder (holding issue.scriban). Default: ./templates/newsletter when present, else the templates shipped with publisher." };
        var style = new Option<string?>("--style") { Description = "Template style: digest (Chinese, seed 000) or weekly (English with contents). Default digest, or the ledger's when regenerating." };
        var date = new Option<string?>("--date") { Description = "Issue date YYYY-MM-DD of a new issue (default today, UTC)." };
        var ledger = new Option<string?>("--ledger") { Description = "Ledger file, relative to the working folder; must lie inside the output folder (default OUT/ledger.json)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute http(s) URL the newsletter folder is published at: feed links become absolute and entry ids use its host." };
        var output = new Option<string>("--out") { Description = "Folder for issue-NNN.md, issue-NNN.html, index.html, feed.xml and ledger.json.", DefaultValueFactory = _ => "output/newsletter/" };
        var command = new Command("newsletter", "Write the next newsletter issue (Markdown + web page) of entries not yet published, from Scriban templates, and rewrite the archive and Atom feed.")
        { catalogArg, issue, since, until, topics, max, templates, style, date, ledger, baseUrl, output };
        command.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(since), "--since", out var sinceDate) || !TryDate(parse.GetValue(until), "--until", out var untilDate)
                || !TryDate(parse.GetValue(date), "--date", out var issueDate))
                return ExitCodes.Usage;
            if (parse.GetValue(max) is < 0 || parse.GetValue(issue) is < 1)
            {
                ConsoleReporter.Error("--max must be 0 or more and --issue 1 or more");
                return ExitCodes.Usage;
            }
            Catalog catalog;
            try { catalog = CatalogJson.Load(parse.GetValue(catalogArg)!); }
            catch (Exception e) when (e is CatalogFormatException or IOException or UnauthorizedAccessException)
            {
                ConsoleReporter.Error(e.Message);
                return ExitCodes.Usage;
            }
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            // Two runs on one folder would both read the ledger and both claim the next number.
            using var outputLock = OutputLock.TryAcquire(outDir);
            if (outputLock is null)
            {
                ConsoleReporter.Error($"another publisher command is writing to {outDir}; wait for it to finish and run again");
                return ExitCodes.Busy;
            }
            using var templateFolder = NewsletterTemplateFolder.Locate(parse.GetValue(templates), [NewsletterTemplateFolder.DefaultRelativePath], parse.GetValue(style));
            var result = NewsletterWriter.Write(catalog, new NewsletterRequest
            {
                OutputDirectory = outDir,
                LedgerPath = parse.GetValue(ledger) is { } l ? Path.GetFullPath(l) : null,
                TemplatesDirectory = templateFolder.Path,
                Style = parse.GetValue(style),
                BaseUrl = parse.GetValue(baseUrl),
                IssueNumber = parse.GetValue(issue),
                Date = issueDate,
                Selection = new NewsletterSelection
                {
                    Since = sinceDate,
                    Until = untilDate,
                    Topics = parse.GetValue(topics) ?? [],
                    Max = parse.GetValue(max) is int m && m > 0 ? m : null,
                },
            });
            foreach (var e in result.TemplateErrors) Console.Error.WriteLine($"error: {e}");
            ConsoleReporter.Diagnostics(result.Diagnostics.Where(d => d.Code != "NL020"));
            if (result.HasErrors) return ExitCodes.Usage;
            if (result.MarkdownPath is null)
            {
                ConsoleReporter.Step("newsletter", "nothing new to publish; no issue written");
                return ExitCodes.Success;
            }
            ConsoleReporter.Step("newsletter", $"{(result.Regenerated ? "regenerated" : "wrote")} issue {result.IssueNumber} ({result.EntryIds.Count} entries) → {string.Join(", ", new[] { result.MarkdownPath, result.HtmlPath, result.ArchivePath, result.FeedPath }.OfType<string>())}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        ConsoleReporter.Error($"{option} '{text}': expected a date YYYY-MM-DD");
        return false;
    }
}
