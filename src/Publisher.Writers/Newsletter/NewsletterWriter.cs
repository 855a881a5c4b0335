using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Model;
using Publisher.Model.IO;
using Publisher.Writers.Newsletter.Ledger;
using Publisher.Writers.Newsletter.Model;
using Publisher.Writers.Newsletter.Rendering;
using Publisher.Writers.Newsletter.Templates;
using Publisher.Writers.Newsletter.Web;

namespace Publisher.Writers.Newsletter;

/// <summary>
/// Writes one newsletter issue (<c>issue-NNN.md</c> + its page <c>issue-NNN.html</c>), records it in the
/// ledger, and rewrites the archive (<c>index.html</c>) and feed (<c>feed.xml</c>). Everything is rendered and
/// checked first; files are written (atomically) only when nothing went wrong, the issue before the ledger,
/// so an interruption never records an issue that is not there.
/// </summary>
public static partial class NewsletterWriter
{
    private const string Stage = "newsletter";

    /// <summary>Selects, renders and writes an issue; bad templates or ledgers become diagnostics, never exceptions.</summary>
    public static NewsletterResult Write(Catalog catalog, NewsletterRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        NewsletterResult Fail(string message, string code, string file = Stage) =>
            new() { Diagnostics = [.. diagnostics, new Diagnostic(file, 0, Severity.Error, message, code)] };

        var outDir = Path.GetFullPath(request.OutputDirectory);
        var ledgerPath = Path.GetFullPath(request.LedgerPath ?? Path.Combine(outDir, "ledger.json"), outDir);
        if (!IsInside(ledgerPath, outDir))
            return Fail($"ledger path {request.LedgerPath} lies outside the output folder {outDir}; give a path inside it", "NL010");

        NewsletterLedger ledger;
        try { ledger = NewsletterLedger.Load(ledgerPath); }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        { return Fail(e.Message, "NL011", ledgerPath); }

        var recorded = request.IssueNumber is int n ? ledger.Find(n) : null;
        var style = request.Style ?? recorded?.Style ?? NewsletterRequest.DefaultStyle;
        if (!StyleName().IsMatch(style))
            return Fail($"style '{style}' is not a folder name (letters, digits, '-', '_')", "NL012");

        Uri? baseUrl = null;
        if (request.BaseUrl is { } configuredUrl && (baseUrl = NewsletterWebEdition.ParseBaseUrl(configuredUrl)) is null)
            return Fail($"base URL '{configuredUrl}' is not an absolute http or https URL without query or fragment", "NL015");

        var templateDir = NewsletterTemplateSet.ResolveDirectory(request.TemplatesDirectory, style);
        var templates = NewsletterTemplateSet.Load(templateDir);
        if (templates.Errors.Count > 0) return TemplateFailure(templates, templates.Errors, diagnostics);

        int number;
        IReadOnlyList<Entry> entries;
        NewsletterSelection selection;
        DateOnly date;
        if (recorded is not null)
        {
            number = recorded.Number;
            selection = SelectionOf(recorded);
            date = DateOnly.ParseExact(recorded.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var byId = catalog.Entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var missing = recorded.Entries.Where(id => !byId.ContainsKey(id)).ToList();
            if (missing.Count > 0)
                return Fail($"issue {number} cannot be regenerated: the catalog no longer has {string.Join(", ", missing)}; use the catalog the issue was made from", "NL013");
            entries = recorded.Entries.Select(id => byId[id]).ToList();
        }
        else
        {
            number = request.IssueNumber ?? ledger.LastNumber + 1;
            if (number <= ledger.LastNumber || number < 1)
                return Fail($"issue {number} is not in the ledger and issue numbers only increase: the next issue is {ledger.LastNumber + 1}", "NL014");
            selection = request.Selection;
            date = request.Date ?? DateOnly.FromDateTime(request.TimeProvider.GetUtcNow().UtcDateTime);
            entries = EntrySelector.Select(catalog, selection, ledger.PublishedBefore(int.MaxValue));
            if (entries.Count == 0)
            {
                diagnostics.Add(new Diagnostic(Stage, 0, Severity.Info, "no entries left to publish for the given window and topics; no issue written", "NL001"));
                // The archive and feed are still brought up to date, so a run interrupted after the ledger heals here.
                return ledger.Issues.Count == 0 ? new NewsletterResult { Diagnostics = diagnostics }
                    : WriteSite(catalog, ledger, null, templates, request, outDir, baseUrl, diagnostics, []);
            }
        }

        foreach (var e in entries)
            foreach (var link in e.Links.Where(l => !l.IsSafeToOpen))
                diagnostics.Add(new Diagnostic(Stage, 0, Severity.Info, $"link {link.Url} left out of issue {number}: only http, https and mailto links are published", "NL002", e.Id));

        var model = IssueModelBuilder.Build(number, date, style, selection, entries);
        var (markdown, error) = templates.Render(model, request.Limits);
        if (markdown is null) return TemplateFailure(templates, [error!], diagnostics);
        markdown = TidyBlankLines(markdown);

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
        var record = recorded ?? new LedgerIssue
        {
            Number = number,
            Date = model.Date,
            Style = style,
            Since = model.Since.Length > 0 ? model.Since : null,
            Until = model.Until.Length > 0 ? model.Until : null,
            Topics = selection.Topics,
            Max = selection.Max,
            Entries = entries.Select(e => e.Id).ToList(),
            MarkdownSha256 = hash,
        };
        var newLedger = recorded is null ? ledger.With(record) : ledger;
        var (html, pageError) = NewsletterWebEdition.RenderPage(templates, record, markdown, newLedger, request.Limits);
        if (html is null) return TemplateFailure(templates, [pageError!], diagnostics);

        var mdPath = Path.Combine(outDir, PageModelBuilder.MarkdownFile(number));
        var htmlPath = Path.Combine(outDir, PageModelBuilder.PageFile(number));
        // Each file is replaced atomically; the ledger comes after the issue, so a failure never records an issue that is not on disk.
        var files = new List<(string Path, string Text)> { (mdPath, markdown), (htmlPath, html) };
        if (recorded is null && ledger.Find(ledger.LastNumber) is { } previous && templates.HasPage)
        {
            NewsletterTemplateSet TemplatesFor(string s) =>
                s == style ? templates : NewsletterTemplateSet.Load(NewsletterTemplateSet.ResolveDirectory(request.TemplatesDirectory, s));
            if (NewsletterWebEdition.RenderPrevious(previous, newLedger, outDir, TemplatesFor, request.Limits, diagnostics) is { } page)
                files.Add(page);
        }
        if (recorded is null) files.Add((ledgerPath, newLedger.Serialize()));

        var written = WriteSite(catalog, newLedger, (number, markdown), templates, request, outDir, baseUrl, diagnostics, files);
        if (written.HasErrors) return written;
        if (recorded?.MarkdownSha256 is { } original && original != hash)
        {
            diagnostics.Add(new Diagnostic(Stage, 0, Severity.Warning,
                $"regenerated issue {number} differs from the one first written (the catalog entries or the templates changed since)", "NL003"));
        }
        return written with
        {
            IssueNumber = number,
            MarkdownPath = mdPath,
            HtmlPath = htmlPath,
            Regenerated = recorded is not null,
            EntryIds = entries.Select(e => e.Id).ToList(),
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// Renders the archive and the feed for <paramref name="ledger"/>, then writes <paramref name="files"/> followed by
    /// those two. Returns a failure for a template error or a write error, else the paths written.
    /// </summary>
    private static NewsletterResult WriteSite(Catalog catalog, NewsletterLedger ledger, (int, string)? current, NewsletterTemplateSet templates,
        NewsletterRequest request, string outDir, Uri? baseUrl, List<Diagnostic> diagnostics, List<(string Path, string Text)> files)
    {
        var (archive, archiveError) = NewsletterWebEdition.RenderArchive(templates, ledger, catalog, request.Limits);
        if (archiveError is not null) return TemplateFailure(templates, [archiveError], diagnostics);
        var archivePath = archive is null ? null : Path.Combine(outDir, PageModelBuilder.ArchiveFile);
        if (archive is not null) files.Add((archivePath!, archive));
        var feedPath = Path.Combine(outDir, PageModelBuilder.FeedFile);
        files.Add((feedPath, NewsletterWebEdition.RenderFeed(ledger, current, outDir, archive, baseUrl, diagnostics)));
        try
        {
            foreach (var (path, text) in files) AtomicFile.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new NewsletterResult
            {
                Diagnostics = [.. diagnostics, new Diagnostic(Stage, 0, Severity.Error, $"could not write the newsletter to {outDir}: {e.Message}", "NL030")],
            };
        }
        return new NewsletterResult { ArchivePath = archivePath, FeedPath = feedPath, Diagnostics = diagnostics };
    }

    private static NewsletterResult TemplateFailure(NewsletterTemplateSet templates, IReadOnlyList<TemplateError> errors, List<Diagnostic> diagnostics) => new()
    {
        TemplateErrors = errors,
        Diagnostics =
        [
            .. diagnostics,
            .. errors.Select(e => new Diagnostic(
                Path.IsPathRooted(e.File) ? e.File : Path.Combine(templates.Directory, e.File), e.Line, Severity.Error,
                $"column {e.Column}: {e.Message} (no issue written)", "NL020")),
        ],
    };

    private static NewsletterSelection SelectionOf(LedgerIssue issue) => new()
    {
        Since = issue.Since is null ? null : DateOnly.ParseExact(issue.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Until = issue.Until is null ? null : DateOnly.ParseExact(issue.Until, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Topics = issue.Topics,
        Max = issue.Max,
    };

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>
    /// Collapses runs of blank lines to one and ends the text with exactly one newline, so template authors
    /// need not fight Scriban's whitespace rules; one blank line means the same in Markdown as several.
    /// </summary>
    public static string TidyBlankLines(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n").Replace('\r', '\n');
        text = ExtraBlankLines().Replace(text, "\n\n");
        return text.Trim('\n') + "\n";
    }

    [GeneratedRegex("\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex ExtraBlankLines();


    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex StyleName();
}
