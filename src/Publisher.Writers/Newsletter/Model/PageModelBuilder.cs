using System.Globalization;
using System.Net;
using Publisher.Writers.Newsletter.Ledger;
using Publisher.Writers.Newsletter.Rendering;

namespace Publisher.Writers.Newsletter.Model;

/// <summary>Builds an issue's page model from its Markdown and the ledger, so any page can be rebuilt from the published files.</summary>
public static class PageModelBuilder
{
    /// <summary>The archive's file name.</summary>
    public const string ArchiveFile = "index.html";
    /// <summary>The feed's file name.</summary>
    public const string FeedFile = "feed.xml";

    /// <summary>File name of an issue's page.</summary>
    public static string PageFile(int number) => $"issue-{number.ToString("D3", CultureInfo.InvariantCulture)}.html";

    /// <summary>File name of an issue's Markdown.</summary>
    public static string MarkdownFile(int number) => $"issue-{number.ToString("D3", CultureInfo.InvariantCulture)}.md";

    /// <summary>
    /// The page of <paramref name="issue"/>; previous and next are its neighbours in <paramref name="ledger"/>,
    /// which must already hold the issue.
    /// </summary>
    public static PageModel Build(LedgerIssue issue, string markdown, NewsletterLedger ledger, bool hasArchive)
    {
        var previous = ledger.Issues.Where(i => i.Number < issue.Number).Select(i => i.Number).DefaultIfEmpty(0).Max();
        var next = ledger.Issues.Where(i => i.Number > issue.Number).Select(i => i.Number).DefaultIfEmpty(0).Min();
        return new PageModel
        {
            Number = issue.Number,
            NumberPadded = issue.Number.ToString("D3", CultureInfo.InvariantCulture),
            Date = issue.Date,
            Style = issue.Style,
            EntryCount = issue.Entries.Count,
            Title = WebUtility.HtmlEncode(TitleOf(issue.Number, markdown)),
            Language = NewsletterHtmlRenderer.LanguageOf(markdown),
            Body = NewsletterHtmlRenderer.RenderBody(markdown),
            PreviousNumber = previous,
            PreviousUrl = previous > 0 ? PageFile(previous) : "",
            NextNumber = next,
            NextUrl = next > 0 ? PageFile(next) : "",
            ArchiveUrl = hasArchive ? ArchiveFile : "",
            FeedUrl = FeedFile,
        };
    }

    /// <summary>The issue's title: the plain text of its first heading, else "Issue N".</summary>
    public static string TitleOf(int number, string markdown) =>
        NewsletterHtmlRenderer.FirstHeadingText(markdown) ?? $"Issue {number}";
}
