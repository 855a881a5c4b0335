using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Awesome;

/// <summary>
/// Reads the awesome-list style: bullets that open with a bold title (<c>+ **Title.**</c>), an indented
/// line <c>*Authors.* **venue, year.** [[pdf](…)] [[arxiv](…)]</c>, then notes; or repositories written
/// <c>+ **Name.** [[github](…)]</c>. Headings (any level, emoji dropped) give topics.
/// </summary>
public sealed partial class AwesomeListImporter : IImporter
{
    /// <inheritdoc />
    public string Name => "awesome";

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        var bullets = BoldBullet().Count(document.Text);
        var labelled = LabelledLink().Count(document.Text);
        if (bullets < 2 || labelled == 0) return 0;
        return Math.Min(88, 60 + bullets + AuthorLine().Count(document.Text));
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var result = new ImportResultBuilder(document, Name);
        var doc = MarkdownSyntax.Parse(document.Text);
        var topics = new TopicPath();
        Walk(doc, result, topics, new ArxivClashDetector(result));
        return result.Build();
    }

    private static void Walk(ContainerBlock container, ImportResultBuilder result, TopicPath topics, ArxivClashDetector clashes)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    topics.Enter(heading.Level, MarkdownSyntax.HeadingText(heading));
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>()) ReadItem(item, result, topics, clashes);
                    break;
                case QuoteBlock quote:
                    Walk(quote, result, topics, clashes);
                    break;
                case ParagraphBlock para:
                    ArxivMentions.Add(result, para.Inline, topics.Current, clashes);
                    break;
            }
        }
    }

    private static void ReadItem(ListItemBlock item, ImportResultBuilder result, TopicPath topics, ArxivClashDetector clashes)
    {
        if (item.FirstOrDefault() is not ParagraphBlock lead || !TryLeadTitle(lead, out var strong))
        {
            // Not an entry (a plain note), but it may hold entries in nested lists.
            foreach (var nested in item.OfType<ListBlock>())
                foreach (var sub in nested.OfType<ListItemBlock>()) ReadItem(sub, result, topics, clashes);
            return;
        }
        var line = MarkdownSyntax.LineOf(lead);
        var draft = new EntryDraft(result, line, topics.Current);
        var leadLines = MarkdownSyntax.SplitLines(lead.Inline);
        if (QuotedAfterName(leadLines.FirstOrDefault([]), strong) is { } full)
        {
            // "**[VoxPoser]** "VoxPoser: Composable 3D Value Maps …"": the bold is the short name, the quote the title.
            draft.Title = TrimTitle(full);
            draft.AddAltTitle(MarkdownSyntax.PlainText(strong).Trim().Trim('[', ']', ':', '：').Trim());
        }
        else SetTitle(draft, MarkdownSyntax.PlainText(strong));
        var metaSeen = false;
        foreach (var link in leadLines.FirstOrDefault([]).SelectMany(MarkdownSyntax.Links)) draft.AddLink(link.Url, link.Label, link.Line);
        // Lists that skip the blank lines put the author line and the note in the title's paragraph.
        foreach (var leadLine in leadLines.Skip(1))
        {
            if (!metaSeen && IsMetaLine(leadLine))
            {
                metaSeen = true;
                ReadMeta(leadLine, draft);
            }
            else draft.AddSummary(TextOf(leadLine));
        }
        var subEntries = new List<ListItemBlock>();
        var mentions = new List<ParagraphBlock>();
        foreach (var block in item.Skip(1))
        {
            switch (block)
            {
                case ParagraphBlock para when !metaSeen && IsMetaLine(para.Inline?.ToList() ?? []):
                    metaSeen = true;
                    ReadMeta(para.Inline!.ToList(), draft);
                    break;
                case ParagraphBlock para when LabelledUrl().Match(MarkdownSyntax.PlainText(para)) is { Success: true } m:
                    draft.AddLink(m.Groups["url"].Value, m.Groups["label"].Value, MarkdownSyntax.LineOf(para));
                    break;
                case ParagraphBlock para:
                    draft.AddSummary(MarkdownSyntax.PlainText(para));
                    mentions.Add(para);
                    break;
                case ListBlock nested:
                    foreach (var sub in nested.OfType<ListItemBlock>())
                    {
                        if (sub.FirstOrDefault() is ParagraphBlock p && TryLeadTitle(p, out _)) subEntries.Add(sub);
                        else
                        {
                            var text = string.Join(" ", sub.OfType<ParagraphBlock>().Select(MarkdownSyntax.PlainText));
                            if (text.Length > 0) draft.AddSummary("• " + text);
                        }
                    }
                    break;
                // Code blocks, HTML (images, comments) and tables inside an entry are illustrations, not data.
            }
        }
        if (draft.HasSubstance)
        {
            clashes.Check(draft);
            result.Add(draft.ToEntry());
        }
        else result.Info(line, $"'{draft.Title}' has no link and no authors (expected [[arxiv](…)] or [[github](…)]); not imported", "PUB215");
        // Papers cited in the notes and nested entries come after their parent, in source order.
        foreach (var para in mentions) ArxivMentions.Add(result, para.Inline, topics.Current, clashes);
        foreach (var sub in subEntries) ReadItem(sub, result, topics, clashes);
    }

    private static void SetTitle(EntryDraft draft, string raw)
    {
        var text = raw.Trim();
        // "中文标题. / English Title." gives both: the English part is the title.
        var parts = text.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && CjkText.ContainsIdeograph(parts[0]) != CjkText.ContainsIdeograph(parts[1]))
        {
            var zh = CjkText.ContainsIdeograph(parts[0]) ? parts[0] : parts[1];
            var en = zh == parts[0] ? parts[1] : parts[0];
            draft.Title = TrimTitle(en);
            draft.AddAltTitle(TrimTitle(zh));
            return;
        }
        draft.Title = TrimTitle(text);
    }

    /// <summary>A quoted phrase right after the bold name on the same line (only a colon or comma between).</summary>
    private static string? QuotedAfterName(IReadOnlyList<Inline> line, EmphasisInline strong)
    {
        var after = TextOf(line.SkipWhile(i => !ReferenceEquals(i, strong)).Skip(1).TakeWhile(i => i is not LinkInline));
        var quoted = Coverage.InlineTitleFinder.QuotedPassages(after).FirstOrDefault();
        if (quoted is null || !Coverage.TitleText.IsPhrase(quoted)) return null;
        var gap = after[..after.IndexOf(quoted, StringComparison.Ordinal)];
        return gap.Trim().Trim(':', '：', ',', '，').Trim().Length <= 1 ? quoted.Trim() : null;
    }

    private static string TrimTitle(string t)
    {
        t = t.Trim();
        return t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal) ? t[..^1].TrimEnd() : t;
    }

    /// <summary>A bullet opens with bold text (possibly after an emoji), and the bold holds no link.</summary>
    private static bool TryLeadTitle(ParagraphBlock para, out EmphasisInline strong)
    {
        strong = null!;
        if (para.Inline is null) return false;
        foreach (var inline in para.Inline)
        {
            if (inline is LiteralInline lit && lit.Content.ToString().Trim() is var s && (s.Length == 0 || TopicPath.StripEmoji(s).Length == 0)) continue;
            if (inline is EmphasisInline { DelimiterCount: 2 } e && !MarkdownSyntax.Descendants(e).OfType<LinkInline>().Any()
                && MarkdownSyntax.PlainText(e).Trim().Length > 0)
            {
                strong = e;
                return true;
            }
            return false;
        }
        return false;
    }

    private static bool IsMetaLine(IReadOnlyList<Inline> inlines)
    {
        var first = inlines.FirstOrDefault(i => !(i is LiteralInline lit && lit.Content.IsEmptyOrWhitespace()));
        var hasLinks = inlines.Any(i => MarkdownSyntax.Links(i).Count > 0);
        return first is EmphasisInline { DelimiterCount: 1 } || (first is LiteralInline l && l.Content.ToString().TrimStart().StartsWith('[') && hasLinks)
            || first is EmphasisInline { DelimiterCount: 2 } && hasLinks;
    }

    private static string TextOf(IEnumerable<Inline> inlines) => MarkdownSyntax.Collapse(string.Join("", inlines.Select(MarkdownSyntax.PlainText)));

    private static void ReadMeta(IReadOnlyList<Inline> inlines, EntryDraft draft)
    {
        var authorsRead = false;
        foreach (var inline in inlines)
        {
            if (inline is EmphasisInline { DelimiterCount: 1 } em && !authorsRead)
            {
                authorsRead = true;
                var authors = AuthorText(MarkdownSyntax.PlainText(em));
                if (authors.Length > 0) draft.AddAuthors(ParseAuthors(authors));
            }
            else if (inline is EmphasisInline { DelimiterCount: 2 } strong && draft.Venue is null && draft.Year is null)
            {
                var text = MarkdownSyntax.PlainText(strong).Trim().TrimEnd('.').Trim();
                var m = VenueYear().Match(text);
                if (m.Success)
                {
                    draft.Venue = m.Groups["venue"].Success && m.Groups["venue"].Value.Trim().Length > 0 ? m.Groups["venue"].Value.Trim() : null;
                    draft.Year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (text.Length > 0) draft.Venue = text;
            }
        }
        foreach (var link in inlines.SelectMany(MarkdownSyntax.Links)) draft.AddLink(link.Url, link.Label, link.Line);
    }

    /// <summary>
    /// People, or organisations kept whole: a credit such as "Language Intelligence and Technology Group, SJTU"
    /// must not be split on "and", and a lone word ("RUCAIBox") is a group or mononym, not a family name.
    /// </summary>
    private static IReadOnlyList<Person> ParseAuthors(string text)
    {
        if (OrganisationWord().IsMatch(text))
            return text.Split([',', '，', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Person.OfLiteral).ToArray();
        return PersonNameParser.ParseFreeList(text)
            .Select(p => p is { Given: null, Particle: null, Family: { } f, Literal: null } ? Person.OfLiteral(f) : p).ToArray();
    }

    /// <summary>The author emphasis with "and many authors"-style tails turned into "et al".</summary>
    private static string AuthorText(string raw)
    {
        var t = raw.Trim().TrimEnd('.').Trim();
        t = ManyAuthors().Replace(t, " et al");
        return t.Trim().TrimStart(',').Trim();
    }

    [GeneratedRegex(@"\b(?:group|lab|labs|team|community|university|institute|laboratory|consortium)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"^[ \t]*[+*-][ \t]+\S{0,3}\*\*[^*\n]+\*\*", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex BoldBullet();

    [GeneratedRegex(@"\[\[(?:arxiv|github|pdf|paper|code|project|huggingface)\]\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLink();

    [GeneratedRegex(@"^[ \t]+\*[^*\n]+\*[ \t]+\*\*[^*\n]+\*\*", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLine();

    [GeneratedRegex(@"^(?:(?<venue>.*?),\s*)?(?<year>(?:19|20)[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex VenueYear();

    [GeneratedRegex(@"^(?<label>[^\s:：]{1,20})[:：]\s*(?<url>https?://\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledUrl();

    [GeneratedRegex(@"(?:,\s*|\s+and\s+|^)(?:many|hundreds of|several|other)\s+(?:other\s+)?authors$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ManyAuthors();
}
