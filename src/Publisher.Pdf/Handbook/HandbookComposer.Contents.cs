using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

internal sealed partial class HandbookComposer
{
    private const string ContentsDestination = "contents", BibliographyDestination = "bibliography", IndexDestination = "author-index";

    private void ComposeContents()
    {
        Add(new PageBreak("Contents"));
        Add(new Paragraph([new Span("Contents", _s.ChapterTitle)], new ParagraphStyle { SpaceAfter = 14 }, ContentsDestination));
        var number = _s.ContentsSection;
        foreach (var (dest, chapter) in _frontMatter)
        {
            Add(Line(chapter.Title, _s.ContentsChapter, dest, 0, 3));
            AddContentsLines(chapter.Contents, Line);
        }
        foreach (var chapter in _plan.Chapters)
        {
            Add(new Spacer(4));
            if (_markdownChapters.TryGetValue(chapter.Number, out var rendered))
            {
                Add(Line(MarkdownChapterHeading(chapter, rendered), _s.ContentsChapter, ChapterDestination(chapter), 0, 2));
                AddContentsLines(rendered.Contents, Line);
                continue;
            }
            Add(Line(ChapterHeading(chapter), _s.ContentsChapter, ChapterDestination(chapter), 0, 2));
            if (_options.ContentsDepth < 1) continue;
            foreach (var section in chapter.Sections.Where(s => s.Number.Length > 0))
                Add(Line($"{section.Number}  {T(section.Title)}", _s.ContentsSection, SectionDestination(section), 16, 1));
        }
        Add(new Spacer(4));
        if (HasStatistics) Add(Line("Statistics", _s.ContentsChapter, StatisticsDestination, 0, 2));
        if (_options.Bibliography && _plan.ReferenceNumbers.Count > 0) Add(Line("Bibliography", _s.ContentsChapter, BibliographyDestination, 0, 2));
        if (_options.AuthorIndex && _plan.Entries.Any(e => e.Authors.Any(a => !a.IsOthers))) Add(Line("Author index", _s.ContentsChapter, IndexDestination, 0, 2));

        LeaderLine Line(string text, TextStyle style, string destination, float indent, float after) =>
            new([new Span(text, style)], info => PageText(info, destination), number, LinkTarget.ToDestination(destination), indent, after);
    }

    private static string MarkdownChapterHeading(PlannedChapter chapter, RenderedChapter rendered) =>
        $"{chapter.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}  {rendered.Title}";

    private void ComposeOutline()
    {
        _doc.Outline.Add(new OutlineItem("Contents", ContentsDestination));
        foreach (var (dest, chapter) in _frontMatter) _doc.Outline.Add(new OutlineItem(chapter.Title, dest, chapter.Outline));
        foreach (var chapter in _plan.Chapters)
            _doc.Outline.Add(_markdownChapters.TryGetValue(chapter.Number, out var rendered)
                ? new OutlineItem(MarkdownChapterHeading(chapter, rendered), ChapterDestination(chapter), rendered.Outline)
                : new OutlineItem(ChapterHeading(chapter), ChapterDestination(chapter),
                    chapter.Sections.Where(s => s.Number.Length > 0).Select(s => new OutlineItem($"{s.Number}  {T(s.Title)}", SectionDestination(s))).ToList()));
        if (HasStatistics) _doc.Outline.Add(new OutlineItem("Statistics", StatisticsDestination));
        if (_options.Bibliography && _plan.ReferenceNumbers.Count > 0) _doc.Outline.Add(new OutlineItem("Bibliography", BibliographyDestination));
        if (_options.AuthorIndex && _plan.Entries.Any(e => e.Authors.Any(a => !a.IsOthers))) _doc.Outline.Add(new OutlineItem("Author index", IndexDestination));
    }
}
