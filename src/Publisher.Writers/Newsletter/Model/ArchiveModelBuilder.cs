using System.Globalization;
using System.Net;
using Publisher.Model;
using Publisher.Writers.Newsletter.Ledger;

namespace Publisher.Writers.Newsletter.Model;

/// <summary>Builds the archive model from the ledger; topic headings come from the catalog entries each issue recorded.</summary>
public static class ArchiveModelBuilder
{
    /// <summary>
    /// Every ledger issue, newest first. An issue's topics are the headings its entries fall under, found the way
    /// the issue grouped them; ids no longer in the catalog simply contribute no heading.
    /// </summary>
    public static ArchiveModel Build(NewsletterLedger ledger, Catalog catalog)
    {
        var byId = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var e in catalog.Entries) byId.TryAdd(e.Id, e);
        var issues = ledger.Issues.OrderByDescending(i => i.Number).Select(issue => new ArchiveIssueModel
        {
            Number = issue.Number,
            NumberPadded = issue.Number.ToString("D3", CultureInfo.InvariantCulture),
            Date = issue.Date,
            Style = issue.Style,
            Url = PageModelBuilder.PageFile(issue.Number),
            EntryCount = issue.Entries.Count,
            Topics = issue.Entries.Where(byId.ContainsKey)
                .Select(id => EntrySelector.TopicOf(byId[id], issue.Topics))
                .Distinct(StringComparer.Ordinal)
                .Select(t => WebUtility.HtmlEncode(t))
                .ToList(),
        }).ToList();
        return new ArchiveModel
        {
            Issues = issues,
            IssueCount = issues.Count,
            FeedUrl = PageModelBuilder.FeedFile,
        };
    }
}
