using System.Globalization;
using Publisher.Model;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

/// <summary>
/// Composes the handbook from the catalog onto the layout engine: cover, contents, front matter,
/// numbered chapters of entry cards and tables, bibliography, author index, bookmarks.
/// Partial files hold one part of the book each.
/// </summary>
internal sealed partial class HandbookComposer
{
    private readonly Catalog _catalog;
    private readonly HandbookOptions _options;
    private readonly HandbookPlan _plan;
    private readonly HandbookStyles _s;
    private readonly LayoutDocument _doc;
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<int> _dropped = [];
    private readonly Dictionary<string, string> _entryDestinations = new(StringComparer.Ordinal);
    private readonly List<(string Destination, RenderedChapter Chapter)> _frontMatter = [];
    private readonly Dictionary<int, RenderedChapter> _markdownChapters = [];
    private readonly MarkdownContext _markdown;

    public HandbookComposer(Catalog catalog, HandbookOptions options, List<Diagnostic> diagnostics)
    {
        _catalog = catalog;
        _options = options;
        _diagnostics = diagnostics;
        _plan = HandbookPlanner.Plan(catalog, options);
        _s = new HandbookStyles(options.BodySize);
        var created = options.Created ?? DateTimeOffset.UtcNow;
        _doc = new LayoutDocument
        {
            Page = options.Page,
            HeaderTitle = T(options.Title),
            Metadata = new DocumentMetadata
            {
                Title = options.Title,
                Author = options.Author,
                Subject = options.Subtitle ?? $"{_plan.Entries.Count()} works in {_plan.Chapters.Count} chapters",
                Keywords = string.Join(", ", _plan.Chapters.Select(c => T(c.Title))),
                Created = created,
            },
        };
        var n = 0;
        foreach (var e in _plan.Entries) _entryDestinations[e.Id] = "e-" + (++n).ToString(CultureInfo.InvariantCulture);
        _markdown = new MarkdownContext(_plan.Resolver ?? new(() => new Citations.CitationResolver(catalog.Entries)), _plan.ReferenceNumbers, options.Math ?? Publisher.Pdf.Formulas.MathTypesetter.Shared,
            options.Page.ContentWidth, options.Page.ContentHeight, diagnostics);
    }

    /// <summary>The plan the document follows.</summary>
    public HandbookPlan Plan => _plan;

    /// <summary>Builds the document.</summary>
    public LayoutDocument Compose()
    {
        // MathJax loads and typesets on its own thread while the catalog chapters are composed; the catalog
        // chapters (most of the book's text) are then shaped on the other cores while this thread composes
        // the rest — Markdown chapters (which wait for their formulas), contents, statistics, bibliography,
        // index — and Render shapes only what is left.
        var formulas = _options.FrontMatter.Concat(_plan.Chapters.Where(c => c.Markdown is not null).Select(c => c.Markdown!))
            .SelectMany(FormulaCollector.Formulas).ToList();
        if (formulas.Count > 0) _markdown.Math.Preload(formulas);
        var catalogChapters = new Dictionary<int, List<ILayoutBlock>>();
        foreach (var chapter in _plan.Chapters.Where(c => c.Markdown is null))
            catalogChapters[chapter.Number] = Capture(() => ComposeChapter(chapter));
        var shaping = _doc.PrepareInBackground(catalogChapters.Values.SelectMany(b => b));
        try { ComposeRest(catalogChapters); }
        catch
        {
            // The shaping threads use the document's fonts: let them finish before the failure leaves.
            ((IAsyncResult)shaping).AsyncWaitHandle.WaitOne();
            throw;
        }
        shaping.GetAwaiter().GetResult();
        return _doc;
    }

    private void ComposeRest(Dictionary<int, List<ILayoutBlock>> catalogChapters)
    {
        ComposeCover();
        RenderMarkdownChapters();
        ComposeContents();
        foreach (var (_, chapter) in _frontMatter) _doc.Blocks.AddRange(chapter.Blocks);
        foreach (var chapter in _plan.Chapters)
            _doc.Blocks.AddRange(_markdownChapters.TryGetValue(chapter.Number, out var rendered) ? rendered.Blocks : catalogChapters[chapter.Number]);
        if (HasStatistics) ComposeStatistics();
        if (_options.Bibliography && _plan.ReferenceNumbers.Count > 0) ComposeBibliography();
        if (_options.AuthorIndex && _plan.Entries.Any(e => e.Authors.Any(a => !a.IsOthers))) ComposeAuthorIndex();
        ComposeOutline();
        if (_dropped.Count > 0)
            _diagnostics.Add(new Diagnostic("handbook", 0, Severity.Info,
                $"left out {_dropped.Count} pictograph(s) no shipped font draws: {string.Join(" ", _dropped.Order().Take(12).Select(c => $"U+{c:X4}"))}", "handbook-glyph"));
    }

    /// <summary>Cleans text for the page (drops undrawable pictographs, collapses whitespace).</summary>
    private string T(string? text) => PdfText.Clean(text, _dropped);

    private List<ILayoutBlock>? _capture;

    private void Add(ILayoutBlock block) => (_capture ?? _doc.Blocks).Add(block);

    /// <summary>The blocks <paramref name="compose"/> adds, kept apart instead of appended to the document.</summary>
    private List<ILayoutBlock> Capture(Action compose)
    {
        _capture = [];
        try { compose(); return _capture; }
        finally { _capture = null; }
    }

    private static string ChapterDestination(PlannedChapter c) => "ch-" + c.Number.ToString(CultureInfo.InvariantCulture);

    private static string SectionDestination(PlannedSection s) => "sec-" + s.Number.Replace('.', '-');

    private string ChapterHeading(PlannedChapter c) => $"{c.Number.ToString(CultureInfo.InvariantCulture)}  {T(c.Title)}";

    private static string PageText(RenderInfo info, string destination) =>
        info.PageOf(destination) is var p and > 0 ? p.ToString(CultureInfo.InvariantCulture) : "";
}
