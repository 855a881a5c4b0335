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

namespace Publisher.Writers.Newsletter;

/// <summary>
/// Writes one newsletter issue (<c>issue-NNN.md</c> + <c>issue-NNN.html</c>) and records it in the
/// ledger. Everything is rendered and checked first; files are written (atomically) only when
/// nothing went wrong, the ledger last, so an interruption never records an issue that is not there.
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
                return new NewsletterResult { Diagnostics = diagnostics };
            }
        }

        foreach (var e in entries)
            foreach (var link in e.Links.Where(l => !l.IsSafeToOpen))
                diagnostics.Add(new Diagnostic(Stage, 0, Severity.Info, $"link {link.Url} left out of issue {number}: only http, https and mailto links are published", "NL002", e.Id));

        var model = IssueModelBuilder.Build(number, date, style, selection, entries);
        var (markdown, error) = templates.Render(model, request.Limits);
        if (markdown is null) return TemplateFailure(templates, [error!], diagnostics);
        markdown = TidyBlankLines(markdown);

        var title = NewsletterHtmlRenderer.FirstHeadingText(markdown) ?? $"Issue {number}";
        var html = NewsletterHtmlRenderer.Render(markdown, title, CjkText.ContainsIdeograph(markdown) ? "zh" : "en");

        var mdPath = Path.Combine(outDir, $"issue-{model.NumberPadded}.md");
        var htmlPath = Path.Combine(outDir, $"issue-{model.NumberPadded}.html");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(markdown)));
        try
        {
            AtomicFile.WriteAllText(mdPath, markdown);
            AtomicFile.WriteAllText(htmlPath, html);
            if (recorded is null)
            {
                ledger.With(new LedgerIssue
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
                }).Save(ledgerPath);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Each file is replaced atomically; the ledger goes last, so a failure never records an issue that is not on disk.
            return Fail($"could not write issue {number} to {outDir}: {e.Message}", "NL030");
        }
        if (recorded?.MarkdownSha256 is { } original && original != hash)
        {
            diagnostics.Add(new Diagnostic(Stage, 0, Severity.Warning,
                $"regenerated issue {number} differs from the one first written (the catalog entries or the templates changed since)", "NL003"));
        }
        return new NewsletterResult
        {
            IssueNumber = number,
            MarkdownPath = mdPath,
            HtmlPath = htmlPath,
            Regenerated = recorded is not null,
            EntryIds = entries.Select(e => e.Id).ToList(),
            Diagnostics = diagnostics,
        };
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
