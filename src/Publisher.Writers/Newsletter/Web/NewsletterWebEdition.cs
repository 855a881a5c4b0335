using System.Net;
using System.Text.RegularExpressions;
using Publisher.Model;
using Publisher.Writers.Newsletter.Ledger;
using Publisher.Writers.Newsletter.Model;
using Publisher.Writers.Newsletter.Rendering;
using Publisher.Writers.Newsletter.Templates;

namespace Publisher.Writers.Newsletter.Web;

/// <summary>
/// The web edition around the issues: each issue's styled page, the archive (<c>index.html</c>) and the Atom feed
/// (<c>feed.xml</c>). Pages are built from an issue's Markdown and the ledger only, so rebuilding an old page gives the
/// same bytes; the one page that legitimately changes when an issue is published is the previous newest one, which
/// gains its "next" link.
/// </summary>
public static partial class NewsletterWebEdition
{
    private const string Stage = "newsletter";

    /// <summary>The feed title when the archive page has no <c>&lt;title&gt;</c> (or the set no archive).</summary>
    public const string DefaultFeedTitle = "Newsletter";

    /// <summary>The issue's page: <c>page.scriban</c> when the set has one, else Markdig's bare document.</summary>
    public static (string? Html, TemplateError? Error) RenderPage(NewsletterTemplateSet templates, LedgerIssue issue, string markdown,
        NewsletterLedger ledger, TemplateLimits limits)
    {
        if (!templates.HasPage)
            return (NewsletterHtmlRenderer.Render(markdown, PageModelBuilder.TitleOf(issue.Number, markdown), NewsletterHtmlRenderer.LanguageOf(markdown)), null);
        var (html, error) = templates.RenderPage(PageModelBuilder.Build(issue, markdown, ledger, templates.HasArchive), limits);
        return (html is null ? null : NewsletterWriter.TidyBlankLines(html), error);
    }

    /// <summary>
    /// The page of the issue that was newest before <paramref name="ledger"/> gained a new one, rebuilt from its
    /// published Markdown so that it links to its successor; null (with a warning in <paramref name="diagnostics"/>)
    /// when its Markdown or its templates are not usable, in which case the old page is left as it was.
    /// </summary>
    public static (string Path, string Html)? RenderPrevious(LedgerIssue previous, NewsletterLedger ledger, string outDir,
        Func<string, NewsletterTemplateSet> templatesFor, TemplateLimits limits, List<Diagnostic> diagnostics)
    {
        var mdPath = Path.Combine(outDir, PageModelBuilder.MarkdownFile(previous.Number));
        void Warn(string why) => diagnostics.Add(new Diagnostic(Stage, 0, Severity.Warning,
            $"the page of issue {previous.Number} was left without a link to the next issue: {why}", "NL004"));
        string markdown;
        try { markdown = File.ReadAllText(mdPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn($"{mdPath} cannot be read ({e.Message}); regenerate it with --issue {previous.Number}");
            return null;
        }
        var templates = templatesFor(previous.Style);
        if (templates.Errors.Count > 0 || !templates.HasPage)
        {
            Warn($"the '{previous.Style}' templates in {templates.Directory} have errors or no {NewsletterTemplateSet.PageTemplate}");
            return null;
        }
        var (html, error) = RenderPage(templates, previous, markdown, ledger, limits);
        if (html is null)
        {
            Warn(error!.ToString());
            return null;
        }
        return (Path.Combine(outDir, PageModelBuilder.PageFile(previous.Number)), html);
    }

    /// <summary>The archive page, or null HTML and no error when the set has no <c>archive.scriban</c>.</summary>
    public static (string? Html, TemplateError? Error) RenderArchive(NewsletterTemplateSet templates, NewsletterLedger ledger, Catalog catalog, TemplateLimits limits)
    {
        if (!templates.HasArchive) return (null, null);
        var (html, error) = templates.RenderArchive(ArchiveModelBuilder.Build(ledger, catalog), limits);
        return (html is null ? null : NewsletterWriter.TidyBlankLines(html), error);
    }

    /// <summary>
    /// The feed for the whole ledger. Issues other than the one just rendered (<paramref name="current"/>) are read from
    /// their published Markdown; one that is missing gets an entry without content and a warning.
    /// </summary>
    public static string RenderFeed(NewsletterLedger ledger, (int Number, string Markdown)? current, string outDir, string? archiveHtml,
        Uri? baseUrl, List<Diagnostic> diagnostics)
    {
        string? MarkdownOf(int number)
        {
            if (current is { } c && c.Number == number) return c.Markdown;
            var path = Path.Combine(outDir, PageModelBuilder.MarkdownFile(number));
            try { return File.ReadAllText(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(Stage, 0, Severity.Warning,
                    $"feed entry of issue {number} has no content: {path} cannot be read ({e.Message}); regenerate it with --issue {number}", "NL005"));
                return null;
            }
        }
        return NewsletterFeedWriter.Write(ledger, MarkdownOf, FeedTitle(archiveHtml), baseUrl);
    }

    /// <summary>The archive page's <c>&lt;title&gt;</c> text, so the newsletter is named in one place (its templates).</summary>
    public static string FeedTitle(string? archiveHtml)
    {
        var match = archiveHtml is null ? null : TitleElement().Match(archiveHtml);
        var title = match is { Success: true } ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : "";
        return title.Length > 0 ? title : DefaultFeedTitle;
    }

    /// <summary>Parses a configured base URL: absolute http or https, always ending in '/'; null when it is not one.</summary>
    public static Uri? ParseBaseUrl(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return null;
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    [GeneratedRegex("<title>([^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitleElement();
}
