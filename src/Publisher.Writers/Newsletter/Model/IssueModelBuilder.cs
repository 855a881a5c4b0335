using System.Globalization;
using Markdig.Helpers;
using Publisher.Model;
using Publisher.Writers.Newsletter.Rendering;

namespace Publisher.Writers.Newsletter.Model;

/// <summary>Turns selected catalog entries into the model templates see, escaping text for Markdown once, here.</summary>
public static class IssueModelBuilder
{
    /// <summary>Builds the issue model; entries must already be in issue order (grouped by topic).</summary>
    public static IssueModel Build(int number, DateOnly date, string style, NewsletterSelection selection, IReadOnlyList<Entry> entries)
    {
        var topics = new List<TopicModel>();
        var all = new List<EntryModel>();
        foreach (var group in entries.GroupBy(e => EntrySelector.TopicOf(e, selection.Topics), StringComparer.Ordinal))
        {
            var topicEntries = group.Select((e, i) => ToModel(e, i + 1, all.Count + i + 1, group.Key)).ToList();
            all.AddRange(topicEntries);
            topics.Add(new TopicModel
            {
                Number = topics.Count + 1,
                Name = MarkdownEscaper.Escape(group.Key),
                NameRaw = group.Key,
                Anchor = LinkHelper.UrilizeAsGfm(group.Key),
                Entries = topicEntries,
            });
        }
        return new IssueModel
        {
            Number = number,
            NumberPadded = number.ToString("D3", CultureInfo.InvariantCulture),
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Style = style,
            Since = selection.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Until = selection.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Topics = topics,
            Entries = all,
            EntryCount = all.Count,
        };
    }

    private static EntryModel ToModel(Entry e, int number, int index, string topic)
    {
        var title = string.IsNullOrWhiteSpace(e.Title) ? e.Arxiv?.Title ?? e.Id : e.Title;
        var zh = e.AltTitleIn("zh");
        var headline = string.IsNullOrWhiteSpace(zh) ? title : zh;
        var summary = e.Summaries.FirstOrDefault(s => s.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && s.Source != "arxiv")
                      ?? e.Summaries.FirstOrDefault(s => s.Source != "arxiv")
                      ?? e.Summaries.FirstOrDefault();
        // Unsafe links (javascript:, file:, relative paths such as seed 000's file:///C:/… PDF) never reach templates.
        var links = e.Links.Where(l => l.IsSafeToOpen).ToList();
        string First(params LinkKind[] kinds) =>
            kinds.Select(k => links.FirstOrDefault(l => l.Kind == k)?.Url).FirstOrDefault(u => u is not null) ?? "";
        var paper = First(LinkKind.Pdf, LinkKind.Paper);
        if (paper.Length == 0 && e.ArxivId is { } id) paper = id.WithoutVersion().PdfUrl;
        var article = First(LinkKind.Article);
        var headlineUrl = article.Length > 0 ? article : First(LinkKind.Paper) is { Length: > 0 } p ? p : paper;
        var authors = e.Authors.Where(a => !a.IsOthers).Select(a => MarkdownEscaper.Escape(a.DisplayName)).ToList();
        var authorsText = string.Join(", ", authors) + (e.Authors.Any(a => a.IsOthers) ? " et al." : "");
        return new EntryModel
        {
            Id = e.Id,
            Number = number,
            Index = index,
            Title = MarkdownEscaper.Escape(title),
            TitleRaw = title.Trim(),
            Headline = MarkdownEscaper.Escape(headline),
            HeadlineRaw = headline.Trim(),
            HasHeadline = !string.IsNullOrWhiteSpace(zh) && zh.Trim() != title.Trim(),
            Summary = MarkdownEscaper.Escape(summary?.Text),
            SummaryRaw = summary?.Text.Trim() ?? "",
            SummaryEn = MarkdownEscaper.Escape(
                (e.Summaries.FirstOrDefault(s => s.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && s.Source != "arxiv")
                 ?? e.Summaries.FirstOrDefault(s => s.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)))?.Text),
            Authors = authors,
            AuthorsText = authorsText,
            Date = EntrySelector.DisplayDate(e),
            Year = EntrySelector.EffectiveDate(e)?.Year ?? 0,
            Venue = MarkdownEscaper.Escape(e.Venue),
            ArxivId = e.ArxivId?.WithoutVersion().ToString() ?? "",
            Topic = MarkdownEscaper.Escape(topic),
            PaperUrl = MarkdownEscaper.EscapeUrl(paper),
            CodeUrl = MarkdownEscaper.EscapeUrl(First(LinkKind.Code)),
            ArticleUrl = MarkdownEscaper.EscapeUrl(article),
            ProjectUrl = MarkdownEscaper.EscapeUrl(First(LinkKind.Project)),
            HeadlineUrl = MarkdownEscaper.EscapeUrl(headlineUrl),
            Links = links.Select(l => new LinkModel(l.Kind.ToString().ToLowerInvariant(), MarkdownEscaper.EscapeUrl(l.Url), l.Url, MarkdownEscaper.Escape(l.Label))).ToList(),
            Tags = e.Tags.Select(MarkdownEscaper.Escape).ToList(),
        };
    }
}
