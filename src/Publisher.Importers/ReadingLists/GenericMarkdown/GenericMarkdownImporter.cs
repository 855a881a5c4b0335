using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.GenericMarkdown;

/// <summary>
/// The fallback for Markdown lists that match no known style: any paragraph, list item or table row
/// that has a title-like text and a paper or code link becomes an entry; headings give topics.
/// </summary>
public sealed partial class GenericMarkdownImporter : IImporter
{
    // A list in no known style is as often of models and projects as of papers: their name columns count too.
    private static readonly string[] TitleHeaders = [.. Coverage.TableRowRecogniser.TitleHeaders, "model", "project", "模型", "项目"];
    private static readonly string[] YearHeaders = ["year", "date", "年份", "时间", "日期"];
    private static readonly string[] VenueHeaders = ["venue", "conference", "journal", "会议", "期刊"];

    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public int Detect(SourceDocument document) => document.Text.Contains("](", StringComparison.Ordinal) || document.Text.Contains("http", StringComparison.Ordinal) ? 1 : 0;

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var result = new ImportResultBuilder(document, Name);
        var doc = MarkdownSyntax.Parse(document.Text);
        var topics = new TopicPath();
        var clashes = new ArxivClashDetector(result);
        var titleLists = new TitleListDetector(doc);
        var localOnly = new List<int>();
        var unread = new List<int>();
        foreach (var block in BlockWalker.Leaves(doc))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    topics.Enter(heading.Level, MarkdownSyntax.HeadingText(heading));
                    break;
                case ParagraphBlock para:
                    ReadParagraph(para, result, topics.Current, clashes, titleLists, localOnly, unread);
                    break;
                case Table table:
                    ReadTable(table, result, topics.Current, clashes);
                    break;
            }
        }
        // "- [x] [BERT](./notes/002_bert.md)": a checklist of the editor's own notes names papers without a link to
        // any of them. Not guessed at (a short name finds the wrong paper), but said, so nothing vanishes silently.
        if (localOnly.Count > 0)
            result.Info(localOnly[0], $"{localOnly.Count} list item(s) link only to files beside this list (first at line {localOnly[0]}): a note or another list, not a paper; not imported as papers. Import those files too, or link each paper (arXiv, DOI or PDF)", "PUB218");
        // "Pat Doe, Ann Roe, Discovering Things, KDD, 2002": in a list (or lines) of references, an item whose authors
        // and title cannot be told apart names a paper all the same.
        if (unread.Count > 0)
            result.Warn(unread[0], $"{unread.Count} item(s) among references could not be read as a paper (lines {string.Join(", ", unread.Take(10))}{(unread.Count > 10 ? ", …" : "")}): expected 'Authors: Title, Venue Year', 'Authors. Title. Venue, Year' or 'A and B, Title, Venue, Year'; not imported", "PUB219");
        return result.Build();
    }

    private static void ReadParagraph(ParagraphBlock para, ImportResultBuilder result, string? topic, ArxivClashDetector clashes, TitleListDetector titleLists, List<int> localOnly, List<int> unread)
    {
        // Each reading below that goes line by line works on the same lines.
        var lines = MarkdownSyntax.SplitLines(para.Inline);
        if (PipeRows(para, lines) is { } rows)
        {
            foreach (var (line, inlines) in rows) ReadPipeRow(line, inlines, result, topic, clashes);
            return;
        }
        if (WorkLines(para, lines) is { } works)
        {
            foreach (var (line, inlines, lineTitle) in works) AddEntry(result, line, topic, lineTitle, inlines.SelectMany(MarkdownSyntax.Links).ToList(), clashes);
            return;
        }
        var links = MarkdownSyntax.Links(para.Inline);
        if (links.Count == 0 && titleLists.ItemOf(para) is { } named)
        {
            AddNamed(result, MarkdownSyntax.LineOf(para), topic, named);
            return;
        }
        if (links.Count == 0 && ReferenceLines(para, lines) is { } references)
        {
            foreach (var (line, reference) in references)
                if (reference is null) unread.Add(line);
                else AddNamed(result, line, topic, reference);
            return;
        }
        if (links.Count == 0 && titleLists.IsUnread(para))
        {
            unread.Add(MarkdownSyntax.LineOf(para));
            return;
        }
        if (!links.Any(IsWorkLink))
        {
            if (links.Count > 0 && links.All(IsLocalFile) && para.Parent is ListItemBlock) localOnly.Add(MarkdownSyntax.LineOf(para));
            return;
        }
        var prose = LinkLine.Prose(para.Inline);
        var title = TitleOf(para.Inline is null ? [] : [para.Inline], links) ?? LabelledRepository(prose, links, para);
        if (title is null) { ReportUntitled(result, MarkdownSyntax.LineOf(para), links, prose); return; }
        var draft = new EntryDraft(result, MarkdownSyntax.LineOf(para), topic) { Title = title };
        foreach (var link in links) draft.AddLink(link.Url, link.Label, link.Line);
        // "Pat Doe and Ann Roe: [Title](…), KDD 2002" or "[Title](…). Pat Doe, Ann Roe. KDD 2002": the rest of a
        // reference is its authors, venue and year, not a summary.
        if (LinkedReference(para, title, prose, titleLists) is { } linked)
        {
            draft.Venue = linked.Venue;
            draft.Year = linked.Year;
            draft.AddAuthors(linked.People());
            clashes.Check(draft);
            result.Add(draft.ToEntry());
            return;
        }
        // The title's own link label ("[ToyNet] Title", cleaned to "Title") is not a summary either, nor is a bare date.
        foreach (var label in links.Select(l => l.Label).Where(l => l.Length > 0 && Clean(l) == title)) prose = prose.Replace(label, "", StringComparison.Ordinal);
        var rest = MarkdownSyntax.Collapse(prose.Replace(title, "", StringComparison.Ordinal)).Trim(Separators).TrimStart('.', '。', ' ').Trim();
        if (rest.Length >= 10 && (CjkText.ContainsIdeograph(rest) || Coverage.TitleText.WordCount(rest) >= 3)) draft.AddSummary(rest);
        clashes.Check(draft);
        result.Add(draft.ToEntry());
    }

    // The reference a linked paragraph reads as: authors before the title (read with its list), or people for certain
    // and a year or venue right after it. Either way the title read must be the one the link or emphasis gives.
    private static ReferenceItem? LinkedReference(ParagraphBlock para, string title, string prose, TitleListDetector titleLists)
    {
        if (titleLists.LinkedReferenceOf(para) is { } read && SameTitle(read.Title, title)) return read;
        var at = prose.IndexOf(title, StringComparison.Ordinal);
        if (at < 0) return null;
        // Only a date may come before the title ("[2023/10] **Title.** *Pat Doe et al.* arXiv."): other text there
        // would be dropped with the summary.
        var before = prose[..at].Trim();
        var dated = LeadingDate().Match(before);
        if (before.Length > 0 && !dated.Success) return null;
        var after = ReferenceItem.ParseAfterTitle(title, prose[(at + title.Length)..]);
        return dated.Success && after is { Year: null } ? after with { Year = int.Parse(dated.Groups["y"].Value, CultureInfo.InvariantCulture) } : after;
    }

    [GeneratedRegex(@"^\[?(?<y>(?:19|20)\d{2})(?:[/.-]\d{1,2}){0,2}\]?$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDate();

    private static bool SameTitle(string read, string title) =>
        string.Equals(read.TrimEnd('.', ' '), title.TrimEnd('.', ' '), StringComparison.Ordinal);

    // Rows of a table cut off from its header by a blank line are a paragraph to Markdig: each line is still
    // one work, so reading the paragraph whole would give the first row every row's links (and arXiv ids).
    private static List<(int Line, List<Inline> Inlines)>? PipeRows(ParagraphBlock para, List<List<Inline>> lines)
    {
        if (lines.Count == 0 || !lines.All(l => l[0] is LiteralInline lit && lit.Content.ToString().TrimStart().StartsWith('|'))) return null;
        return lines.Select(l => (LineOf(l, para), l)).ToList();
    }

    // Plain-text lists put one paper per line ("1. ReAct: https://arxiv.org/pdf/2210.03629 (PRINTED)"), and Markdown
    // reads the lines as one paragraph. Cut it per line when at least two lines each name a paper link and every
    // such line has a title of its own; a line with only a code link belongs to the paper above it, and lines
    // before the first paper ("Agents:") are headings in all but syntax.
    private static List<(int Line, List<Inline> Inlines, string? Title)>? WorkLines(ParagraphBlock para, List<List<Inline>> lines)
    {
        if (lines.Count < 2) return null;
        var works = new List<(int Line, List<Inline> Inlines, string? Title)>();
        foreach (var l in lines)
        {
            var links = l.SelectMany(MarkdownSyntax.Links).ToList();
            if (links.Any(IsPaperLink))
            {
                // "9. https://arxiv.org/pdf/…" has no title, but its identifier names it: enrichment fills the title.
                var title = TitleOfLine(l, links);
                if (title is null && !links.Any(HasIdentifier)) return null;
                works.Add((LineOf(l, para), [.. l], title));
            }
            else if (works.Count > 0 && links.Count > 0 && links.All(IsCompanion)) works[^1].Inlines.AddRange(l);
        }
        return works.Count >= 2 ? works : null;
    }

    // A paper named only by its title (and perhaps authors, venue, year): no link to take an identifier from,
    // enrichment searches arXiv by title.
    private static void AddNamed(ImportResultBuilder result, int line, string? topic, ReferenceItem named)
    {
        var paper = new EntryDraft(result, line, topic) { Title = named.Title, Venue = named.Venue, Year = named.Year, KindOverride = EntryKind.Paper };
        paper.AddAuthors(named.People());
        result.Add(paper.ToEntry());
    }

    // "[1] A. Quill and B. Nib, “Title,” in Proc. …" one per line of a plain-text paragraph: a bibliography. Read per
    // line when two lines, and half of them, are references naming people for certain with a year or venue; the
    // other lines are returned with no reference, to be reported.
    private static List<(int Line, ReferenceItem? Reference)>? ReferenceLines(ParagraphBlock para, List<List<Inline>> lines)
    {
        if (lines.Count < 2) return null;
        var read = lines.Select(l =>
        {
            var prose = LinkLine.Prose(l);
            return (Line: LineOf(l, para), Reference: ReferenceItem.Parse(prose[Coverage.TitleText.ListNumberLength(prose)..]));
        }).ToList();
        var certain = read.Count(r => r.Reference is { IsCertain: true });
        return certain >= 2 && certain * 2 >= read.Count ? read : null;
    }

    // One line of a paragraph: its 0-based inline line numbers, 1-based as a source line. A bracket that opened no
    // link ("[1] A. Quill …") comes back as a literal without a line (0): only lines inside the paragraph count.
    private static int LineOf(List<Inline> line, ParagraphBlock para) => line.Select(i => i.Line).Where(n => n >= para.Line).DefaultIfEmpty(para.Line).Min() + 1;

    private static void AddEntry(ImportResultBuilder result, int line, string? topic, string? title, IReadOnlyList<FoundLink> links, ArxivClashDetector clashes)
    {
        var draft = new EntryDraft(result, line, topic) { Title = title };
        foreach (var link in links) draft.AddLink(link.Url, link.Label, link.Line);
        clashes.Check(draft);
        result.Add(draft.ToEntry());
    }

    // "ReAct: https://arxiv.org/pdf/2210.03629 (PRINTED)": with only bare addresses on the line, the title is the
    // text before the first one, not the line with the address cut out ("ReAct: (PRINTED)").
    private static string? TitleOfLine(List<Inline> line, IReadOnlyList<FoundLink> links)
    {
        if (!line.SelectMany(MarkdownSyntax.Descendants).OfType<LinkInline>().Any())
        {
            var text = Coverage.InlineTitleFinder.PlainText(line);
            if (MarkdownSyntax.BareUrls(text).FirstOrDefault() is { } url && text.IndexOf(url, StringComparison.Ordinal) is var at and > 0
                && (Clean(Coverage.InlineTitleFinder.TitlePart(text[..at])) ?? LabelledRepository(text[..at], links)) is { } before)
                return before;
        }
        return TitleOf(line, links);
    }

    private static void ReadPipeRow(int line, List<Inline> inlines, ImportResultBuilder result, string? topic, ArxivClashDetector clashes)
    {
        var links = inlines.SelectMany(MarkdownSyntax.Links).ToList();
        if (!links.Any(IsWorkLink)) return;
        var prose = LinkLine.Prose(inlines);
        if (Clean(prose.TrimStart('|', ' ').Split('|')[0]) is not { } title) { ReportUntitled(result, line, links, prose); return; }
        AddEntry(result, line, topic, title, links, clashes);
    }

    private static void ReadTable(Table table, ImportResultBuilder result, string? topic, ArxivClashDetector clashes)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var headers = header is null ? [] : header.OfType<TableCell>().Select(c => CellText(c).ToLowerInvariant()).ToList();
        int Column(string[] names) => headers.FindIndex(h => names.Any(n => h.Contains(n, StringComparison.Ordinal)));
        var titleCol = Column(TitleHeaders);
        var yearCol = Column(YearHeaders);
        var venueCol = Column(VenueHeaders);
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().ToList();
            var links = cells.SelectMany(c => c.OfType<ParagraphBlock>()).SelectMany(p => MarkdownSyntax.Links(p.Inline)).ToList();
            if (!links.Any(IsWorkLink)) continue;
            string? title = titleCol >= 0 && titleCol < cells.Count ? NonEmpty(CellTitle(cells[titleCol])) : null;
            title ??= cells.Select(CellTitle).FirstOrDefault(t => t is not null && !NumberOrDate().IsMatch(t));
            if (title is null) { ReportUntitled(result, MarkdownSyntax.LineOf(row), links, string.Join(" ", cells.Select(CellText))); continue; }
            var draft = new EntryDraft(result, MarkdownSyntax.LineOf(row), topic) { Title = title };
            foreach (var link in links) draft.AddLink(link.Url, link.Label, link.Line);
            if (yearCol >= 0 && yearCol < cells.Count && YearIn().Match(CellText(cells[yearCol])) is { Success: true } y)
                draft.Year = int.Parse(y.Value, CultureInfo.InvariantCulture);
            if (venueCol >= 0 && venueCol < cells.Count && NonEmpty(CellText(cells[venueCol])) is { } venue) draft.Venue = venue;
            clashes.Check(draft);
        result.Add(draft.ToEntry());
        }
    }

    private static string CellText(TableCell cell) =>
        MarkdownSyntax.Collapse(string.Join(" ", cell.OfType<ParagraphBlock>().Select(MarkdownSyntax.PlainText)));

    private static string? CellTitle(TableCell cell)
    {
        var para = cell.OfType<ParagraphBlock>().FirstOrDefault();
        if (para is null) return null;
        return TitleOf(para.Inline is null ? [] : [para.Inline], MarkdownSyntax.Links(para.Inline));
    }

    /// <summary>
    /// Bold text that can be a title (not a bold "[9]" number), else a quoted phrase (citation strings:
    /// <c>Graves, A. "Speech recognition with …" ICASSP</c>), else a link whose text is a title, else the prose
    /// before the links and before a <c>&lt;br&gt;</c> (which lists put between a title and its venue).
    /// </summary>
    private static string? TitleOf(IReadOnlyList<Inline> inlines, IReadOnlyList<FoundLink> links)
    {
        string? prose = null;
        string Prose() => prose ??= LinkLine.Prose(BeforeLineBreakTag(inlines));
        var bold = inlines.SelectMany(MarkdownSyntax.Descendants).OfType<EmphasisInline>()
            .Where(e => e.DelimiterCount == 2 && !MarkdownSyntax.Descendants(e).OfType<LinkInline>().Any())
            .Select(e => MarkdownSyntax.PlainText(e)).Where(b => !IsTagBeforeTitle(b, Prose()))
            .Select(Clean).FirstOrDefault(t => t is not null);
        if (bold is not null) return bold;
        prose = Prose();
        if (CitationQuote(prose) is { } quoted) return quoted;
        var titled = links.FirstOrDefault(l => l.Label.Length > 0 && !LinkClassifier.IsRoleLabel(l.Label) && !l.Label.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        if (titled is not null && Clean(titled.Label) is { } t) return t;
        var head = Coverage.InlineTitleFinder.TitlePart(prose);
        if (Coverage.TitleText.WordCount(head) <= Coverage.TitleText.MaxProseWords) return Clean(head);
        // "TensorRT-LLM: TensorRT-LLM provides users with …": a short name before a colon names the work.
        var colon = head.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && Coverage.TitleText.WordCount(head[..colon]) <= 6 ? Clean(head[..colon]) : null;
    }

    // "🔥[**vLLM**] Efficient Memory Management for …(@UC Berkeley)", "[**MP: ZeRO**] DeepSpeed-ZeRO: …": a bold short name
    // in square brackets tags the title after it; the title is the prose. The prose must read as a title (a capital,
    // four words, not a list of names) unless it names the tag again: "[**Toy Agents That Plan**] Oral, NeurIPS" or
    // "[**Sparse Mixtures**] see the appendix" keep their bold title.
    private static bool IsTagBeforeTitle(string bold, string prose)
    {
        var at = prose.IndexOf("[" + bold + "]", StringComparison.Ordinal);
        if (at < 0 || Coverage.TitleText.WordCount(bold) > 3) return false;
        var after = Coverage.TitleText.WithoutAffiliation(prose[(at + bold.Length + 2)..]).Trim();
        if (Coverage.TitleText.WordCount(after) < 2) return false;
        var tagWords = TagWords().Matches(bold).Select(m => m.Value).Where(w => w.Length >= 2);
        if (tagWords.Any(w => after.Contains(w, StringComparison.OrdinalIgnoreCase))) return true;
        return (char.IsUpper(after[0]) || char.IsDigit(after[0]) || after[0] == '[')
            && Coverage.TitleText.WordCount(after) >= 4 && !Coverage.TitleText.IsAuthorList(after);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex TagWords();

    // "开源地址为：https://github.com/owner/name", "英文：https://github.com/owner/name/blob/main/data.json": a line that only
    // says where a project (or its version in a language) lives is named by its repository. Not a paper's line: an
    // arXiv or DOI link names the paper, which enrichment titles, and its code repository's name would be wrong.
    private static string? LabelledRepository(string prose, IReadOnlyList<FoundLink> links, ParagraphBlock? para = null) =>
        !links.Any(HasIdentifier) && Coverage.InlineTitleFinder.TitlePart(prose) is var label
        && (Coverage.TitleText.IsAddressLabel(label) || Coverage.TitleText.IsLanguageLabel(label))
        && links.Select(l => LinkClassifier.RepositoryName(l.Url)).FirstOrDefault(n => n is not null) is { } repository
            ? (para is null ? null : ItemName(para)) ?? repository
            : null;

    // "* ChatGLM：" over "  * 地址：https://github.com/THUDM/ChatGLM-6B": the list item a labelled line sits under names
    // the project when its own first line is only a short name (no link, no sentence).
    private static string? ItemName(ParagraphBlock para)
    {
        if (para.Parent is not ListItemBlock { Parent: ListBlock { Parent: ListItemBlock outer } }) return null;
        if (outer.FirstOrDefault() is not ParagraphBlock head || head == para || MarkdownSyntax.Links(head.Inline).Count > 0) return null;
        var name = MarkdownSyntax.PlainText(head).TrimEnd(':', '：', ' ');
        // "【关于 OpenPrompt】" heads a note about a paper, not a project's name.
        if (name.Length is 0 or > 40 || name[0] is '【' or '[' || name.IndexOfAny(['，', '。', '；', ',', ';']) >= 0) return null;
        return Clean(name);
    }

    // Only after an author part ("Graves, Alex, and …. ", "He, Kaiming, et al. "): a title may itself quote a phrase.
    private static string? CitationQuote(string prose)
    {
        var quoted = Coverage.InlineTitleFinder.QuotedPassages(prose).FirstOrDefault();
        if (quoted is null) return null;
        var before = prose[..Math.Max(0, prose.IndexOf(quoted, StringComparison.Ordinal) - 1)];
        if (!before.Contains(',') && !before.Contains(" et al", StringComparison.OrdinalIgnoreCase)) return null;
        return Clean(quoted) is { } t && Coverage.TitleText.IsPhrase(t) ? t : null;
    }

    private static IEnumerable<Inline> BeforeLineBreakTag(IReadOnlyList<Inline> inlines)
    {
        IEnumerable<Inline> items = inlines.Count == 1 && inlines[0] is ContainerInline c ? c : inlines;
        foreach (var item in items)
        {
            if (item is HtmlInline html && html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase)) yield break;
            yield return item;
        }
    }

    private static string? Clean(string text)
    {
        // The same rules as the coverage pass: never a URL, a link word, an author-year citation or an id.
        var t = Coverage.TitleText.Clean(text);
        return Coverage.TitleText.IsTitle(t) && !Coverage.TitleText.IsAuthorList(t) ? t : null;
    }

    // A work link with no readable title would vanish: arXiv and DOI links are kept untitled by the coverage pass,
    // any other paper, PDF or code link is named here so the editor can add a title.
    private static void ReportUntitled(ImportResultBuilder result, int line, IReadOnlyList<FoundLink> links, string prose)
    {
        // "- Code: https://…" under a paper is a link of that paper, not a work of its own; "论文下载地址：https://…" says
        // outright that it links a work, so it is reported however short.
        if (Coverage.TitleText.WordCount(prose) < 3 && !Coverage.TitleText.IsAddressLabel(Coverage.InlineTitleFinder.TitlePart(prose))) return;
        if (links.Any(HasIdentifier)) return;
        var work = links.FirstOrDefault(IsWorkLink);
        if (work is not null)
            result.Warn(line, $"a paper or code link ({work.Url}) with no text that reads as a title (expected a bold, quoted or linked title, or a short title before the links); not imported", "PUB217");
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool IsPaperLink(FoundLink link) =>
        ArxivId.LooksLikeArxivUrl(link.Url) || LinkClassifier.Classify(link.Url, link.Label) is LinkKind.Paper or LinkKind.Pdf;

    // A relative path to a file ("./notes/002_bert.md", "docs/x.pdf"), not an address, an anchor or a mail link.
    private static bool IsLocalFile(FoundLink link) =>
        !link.Url.Contains("://", StringComparison.Ordinal) && !link.Url.StartsWith('#') && !link.Url.Contains(':') && !link.Url.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        && Path.HasExtension(link.Url.Split('#', '?')[0]);

    private static bool HasIdentifier(FoundLink link) =>
        ArxivId.LooksLikeArxivUrl(link.Url) || link.Url.Contains("doi.org/", StringComparison.OrdinalIgnoreCase);

    private static bool IsCompanion(FoundLink link) =>
        LinkClassifier.Classify(link.Url, link.Label) is LinkKind.Code or LinkKind.Project or LinkKind.Weights or LinkKind.Dataset;

    private static bool IsWorkLink(FoundLink link) => IsPaperLink(link) || LinkClassifier.Classify(link.Url, link.Label) is LinkKind.Code;

    private static readonly char[] Separators = [':', '：', '-', '–', '—', '|', ',', '，', '、', ' ', '(', ')'];

    [GeneratedRegex(@"^[\d\s./-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOrDate();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex YearIn();
}
