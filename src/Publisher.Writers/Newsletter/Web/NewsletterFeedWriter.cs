using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Publisher.Writers.Newsletter.Ledger;
using Publisher.Writers.Newsletter.Model;
using Publisher.Writers.Newsletter.Rendering;

namespace Publisher.Writers.Newsletter.Web;

/// <summary>
/// <c>feed.xml</c>: an Atom feed with one entry per ledger issue, newest first. Ids, dates and content depend only
/// on the ledger, the issues' Markdown and the base URL, so the same inputs always give the same bytes.
/// </summary>
public static class NewsletterFeedWriter
{
    /// <summary>Tag authority used in ids when no base URL is configured (a reserved name nobody owns).</summary>
    public const string DefaultAuthority = "publisher.invalid";

    /// <summary>
    /// Serialises the feed. <paramref name="markdownOf"/> returns an issue's Markdown, or null when it is not
    /// available (the entry then has a title and link but no content).
    /// </summary>
    public static string Write(NewsletterLedger ledger, Func<int, string?> markdownOf, string title, Uri? baseUrl)
    {
        var authority = baseUrl?.IdnHost ?? DefaultAuthority;
        // A tag URI (RFC 4151) dated by the first issue never changes when issues are added or regenerated.
        var tagStart = ledger.Issues.Count > 0 ? ledger.Issues.Min(i => i.Number) : 0;
        var tagDate = ledger.Find(tagStart)?.Date ?? "2000-01-01";
        var feed = new SyndicationFeed
        {
            Id = $"tag:{authority},{tagDate}:newsletter",
            Title = new TextSyndicationContent(title),
            Generator = "Publisher",
            LastUpdatedTime = ledger.Issues.Count > 0 ? ledger.Issues.Max(i => Midnight(i.Date)) : DateTimeOffset.UnixEpoch,
        };
        feed.Authors.Add(new SyndicationPerson { Name = title });
        feed.Links.Add(SyndicationLink.CreateSelfLink(Link(baseUrl, PageModelBuilder.FeedFile), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(Link(baseUrl, PageModelBuilder.ArchiveFile), "text/html"));
        var items = new List<SyndicationItem>();
        foreach (var issue in ledger.Issues.OrderByDescending(i => i.Number))
        {
            var markdown = markdownOf(issue.Number);
            var item = new SyndicationItem
            {
                Id = $"tag:{authority},{tagDate}:newsletter/issue-{issue.Number.ToString(CultureInfo.InvariantCulture)}",
                Title = new TextSyndicationContent(markdown is null ? $"Issue {issue.Number}" : PageModelBuilder.TitleOf(issue.Number, markdown)),
                LastUpdatedTime = Midnight(issue.Date),
                PublishDate = Midnight(issue.Date),
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(Link(baseUrl, PageModelBuilder.PageFile(issue.Number)), "text/html"));
            if (markdown is not null) item.Content = SyndicationContent.CreateHtmlContent(NewsletterHtmlRenderer.RenderBody(markdown));
            items.Add(item);
        }
        feed.Items = items;

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using (var writer = XmlWriter.Create(stream, settings))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static Uri Link(Uri? baseUrl, string file) => baseUrl is null ? new Uri(file, UriKind.Relative) : new Uri(baseUrl, file);

    private static DateTimeOffset Midnight(string isoDate) =>
        new(DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
