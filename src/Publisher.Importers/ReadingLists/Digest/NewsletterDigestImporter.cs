using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Digest;

/// <summary>
/// Reads the newsletter-digest style: <c>#### topic</c>, a numbered Chinese headline linking to an
/// article (<c>**1、[headline](url)**</c> and its three variants), the bold English paper title, a Chinese
/// summary and <c>[[paper](u)]，[[code](u)]</c>. The headline is an alternative title, never the title.
/// </summary>
public sealed partial class NewsletterDigestImporter : IImporter
{
    /// <inheritdoc />
    public string Name => "digest";

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        var headlines = HeadlineLine().Count(document.Text);
        var roleLinks = RoleLinkText().Count(document.Text);
        // A numbered list of "1. [Title](url) [[code](…)]" is not a digest: a digest also has bold title lines.
        var boldTitles = BoldTitleLine().Count(document.Text);
        if (headlines == 0 || roleLinks == 0 || boldTitles == 0) return 0;
        return Math.Min(90, 60 + 5 * headlines);
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var result = new ImportResultBuilder(document, Name);
        var doc = MarkdownSyntax.Parse(document.Text);
        var topics = new TopicPath();
        EntryDraft? draft = null;
        var clashes = new ArxivClashDetector(result);

        void Finish()
        {
            if (draft is null) return;
            if (string.IsNullOrWhiteSpace(draft.Title))
                result.Warn(draft.Line, "entry has a headline but no bold English paper title after it (expected **Paper Title** on its own line); entry skipped", "PUB212");
            else if (!draft.HasSubstance)
                result.Warn(draft.Line, $"entry '{draft.Title}' has no paper, code or article link (expected [[paper](url)] after the summary); entry skipped", "PUB212");
            else { clashes.Check(draft); result.Add(draft.ToEntry()); }
            draft = null;
        }

        foreach (var block in BlockWalker.Leaves(doc).SelectMany(b => b is HtmlBlock html ? HtmlBlockMarkdown.Reparse(html) : [b]))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Finish();
                    topics.Enter(heading.Level, MarkdownSyntax.HeadingText(heading));
                    break;
                case ParagraphBlock para:
                    // Lists that skip blank lines put headline, title and summary in one paragraph: read it line by line.
                    var inOrderedList = para.Parent is ListItemBlock { Parent: ListBlock { IsOrdered: true } };
                    var rest = new List<Inline>();
                    void FlushRest()
                    {
                        if (draft is not null && rest.Count > 0)
                        {
                            var prose = LinkLine.Prose(rest);
                            if (prose.Length > 0) draft.AddSummary(prose);
                            foreach (var link in LinkLine.RoleLinks(rest)) draft.AddLink(link.Url, link.Label, link.Line);
                        }
                        rest.Clear();
                    }
                    foreach (var lineInlines in MarkdownSyntax.SplitLines(para.Inline))
                    {
                        var line = MarkdownSyntax.LineOf(lineInlines[0]);
                        if (TryHeadline(lineInlines, inOrderedList, out var headline, out var url, out var label))
                        {
                            FlushRest();
                            Finish();
                            draft = new EntryDraft(result, line, topics.Current);
                            draft.AddAltTitle(headline);
                            draft.AddLink(url, label, line, LinkKind.Article);
                        }
                        else if (TryBoldTitle(lineInlines, out var title))
                        {
                            FlushRest();
                            if (draft is null || draft.Title is not null)
                            {
                                Finish();
                                draft = new EntryDraft(result, line, topics.Current);
                            }
                            draft.Title = title;
                        }
                        else
                        {
                            if (rest.Count > 0) rest.Add(new LiteralInline(" "));
                            rest.AddRange(lineInlines);
                        }
                    }
                    FlushRest();
                    // Paragraphs before the first headline (follow links, intro) are boilerplate.
                    break;
                // HTML (images, <center>, comments) and code between the parts of an entry are skipped;
                // Markdown lines an HTML block swallowed were recovered above.
            }
        }
        Finish();
        return result.Build();
    }

    private static bool TryHeadline(IReadOnlyList<Inline> inlines, bool inOrderedList, out string headline, out string url, out string label)
    {
        headline = url = label = "";
        var links = inlines.SelectMany(MarkdownSyntax.Descendants).OfType<LinkInline>().Where(l => !l.IsImage && !string.IsNullOrWhiteSpace(l.Url)).ToList();
        if (links.Count != 1) return false;
        var link = links[0];
        var linkText = MarkdownSyntax.PlainText(link);
        var whole = MarkdownSyntax.Collapse(string.Concat(inlines.Select(MarkdownSyntax.PlainText)));
        var idx = whole.IndexOf(linkText, StringComparison.Ordinal);
        if (idx < 0 || linkText.Length == 0) return false;
        var outside = (whole[..idx] + whole[(idx + linkText.Length)..]).Trim();
        var numberedOutside = NumberOnly().IsMatch(outside);
        var inner = LeadingNumber().Match(linkText);
        var numberedInside = outside.Length == 0 && inner.Success;
        if (!(numberedOutside || numberedInside || (inOrderedList && outside.Length == 0))) return false;
        headline = numberedInside ? linkText[inner.Length..].Trim() : linkText.Trim();
        if (headline.Length == 0 || LinkClassifier.IsRoleLabel(headline)) return false;
        url = link.Url!.Trim();
        label = headline;
        return true;
    }

    private static bool TryBoldTitle(IReadOnlyList<Inline> inlines, out string title)
    {
        title = "";
        var significant = inlines.Where(i => !(i is LiteralInline lit && lit.Content.IsEmptyOrWhitespace()) && i is not LineBreakInline && i is not HtmlInline).ToList();
        if (significant.Count != 1 || significant[0] is not EmphasisInline { DelimiterCount: 2 } strong) return false;
        if (MarkdownSyntax.Descendants(strong).OfType<LinkInline>().Any()) return false;
        title = MarkdownSyntax.PlainText(strong).Trim();
        return title.Length > 0;
    }

    // A numbered headline line: "**1、[", "**1**、[", "1、[**", "**[2、" followed by a link target.
    [GeneratedRegex(@"^\s*(?:\*\*)?\s*\[?\s*(?:\*\*)?\s*\d{1,3}\s*(?:\*\*)?\s*[、.．:：]\s*(?:\*\*)?\s*\[?[^\n]*\]\(\s*[^)\s]+\)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineLine();

    [GeneratedRegex(@"^\s*\*\*[^*\[\]\n]+\*\*\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BoldTitleLine();

    [GeneratedRegex(@"\[\s*\[\s*(?:paper|code|pdf|论文|代码)\s*\]\s*\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleLinkText();

    [GeneratedRegex(@"^[\s*]*\d{1,3}[\s*]*[、.．:：)）]?[\s*]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"^\s*\d{1,3}\s*[、.．:：)）]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();
}
