using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Our small document API: blocks in order, page setup, metadata and bookmarks. <see cref="Render"/>
/// lays the blocks out (shaping with HarfBuzz), subsets the fonts to what was used, paints the
/// pages with Skia's PDF backend and appends the bookmarks.
/// </summary>
public sealed class LayoutDocument
{
    /// <summary>Page size and margins.</summary>
    public PageSetup Page { get; init; } = new();
    /// <summary>Document information.</summary>
    public DocumentMetadata Metadata { get; init; } = new();
    /// <summary>The content, in reading order.</summary>
    public List<ILayoutBlock> Blocks { get; } = [];
    /// <summary>Bookmarks.</summary>
    public List<OutlineItem> Outline { get; } = [];
    /// <summary>Text at the left of the running header (the book title).</summary>
    public string? HeaderTitle { get; init; }
    /// <summary>Style of header and footer text.</summary>
    public TextStyle HeaderStyle { get; init; } = new(FontRole.Regular, 8f, 0xFF777777);

    /// <summary>True when some shipped font can draw the character (used to drop emoji before layout).</summary>
    public static bool CanDraw(int codePoint) => SharedCoverage.Value.CanDraw(codePoint);

    private static readonly Lazy<FontLibrary> SharedCoverage = new(() => new FontLibrary());

    // The document's fonts: paragraphs shaped ahead of Render (see Prepare) hold these faces, and each face
    // records the characters drawn with it for subsetting.
    private FontLibrary? _fonts;
    private FontLibrary Fonts => _fonts ??= new FontLibrary();

    /// <summary>
    /// Shapes and wraps the paragraphs among <paramref name="blocks"/> in the background, on other threads, while the
    /// caller goes on (composing the rest of the book); <see cref="Render"/> does not shape them again. Await it before <see cref="Render"/>; it faults with
    /// <see cref="MissingGlyphException"/> as Render would throw.
    /// </summary>
    public Task PrepareInBackground(IEnumerable<ILayoutBlock> blocks)
    {
        var paragraphs = blocks.OfType<Paragraph>().ToArray();
        var fonts = Fonts;
        return Task.Run(() => PrepareInParallel(paragraphs, fonts));
    }

    /// <summary>Lays out and writes the PDF (once per document); returns page count and destination pages. <paramref name="progress"/> hears of every page laid out, then every page written.</summary>
    public RenderInfo Render(Stream output, IProgress<RenderProgress>? progress = null)
    {
        using var fonts = Fonts;
        using var shaper = new TextShaper(fonts);
        PrepareInParallel(Blocks.OfType<Paragraph>().Where(p => !p.IsPrepared(Page.ContentWidth)).ToArray(), fonts);
        var flow = new PageFlow(Page, shaper, progress);
        foreach (var block in Blocks) block.Layout(flow);
        if (flow.Pages.Count == 0) flow.NewPage();
        var info = new RenderInfo(flow.Pages.Count, flow.Destinations, flow.Marks);
        AddHeadersAndFooters(flow, info);

        var metadata = new SKDocumentPdfMetadata
        {
            Title = Metadata.Title,
            Author = Metadata.Author ?? "",
            Subject = Metadata.Subject ?? "",
            Keywords = Metadata.Keywords ?? "",
            Creator = "Publisher",
            Producer = "Publisher (SkiaSharp)",
            RasterDpi = 72,
        };
        if (Metadata.Created is { } created) { metadata.Creation = created.UtcDateTime; metadata.Modified = created.UtcDateTime; }

        // Sized for the whole file at once (about 4–5 KB a page): a stream that doubles as it goes allocates
        // large arrays again and again while the laid-out book fills the heap, and each costs a full collection.
        using var buffer = new MemoryStream(checked(flow.Pages.Count * 6 * 1024 + 256 * 1024));
        using (var wstream = new SKManagedWStream(buffer))
        using (var document = SKDocument.CreatePdf(wstream, metadata))
        {
            using var context = new DrawContext(info, shaper);
            foreach (var page in flow.Pages)
            {
                context.StartPage(document.BeginPage(Page.Width, Page.Height), page.Number);
                foreach (var op in page.Ops) op.Draw(context);
                document.EndPage();
                progress?.Report(new RenderProgress(RenderPhase.Writing, page.Number, info.PageCount));
            }
            document.Close();
        }
        var pdf = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var update = PdfOutlineWriter.Update(pdf, Outline);
        if (output is MemoryStream memory) memory.Capacity = Math.Max(memory.Capacity, checked((int)memory.Position + pdf.Length + update.Length));
        output.Write(pdf);
        output.Write(update);
        info.Bytes = pdf.Length + update.Length;
        return info;
    }

    /// <summary>
    /// Shapes and wraps the paragraphs on every core before the (sequential) pagination: shaping is
    /// most of layout, and HarfBuzz fonts are safe to share between threads with one buffer each.
    /// </summary>
    private void PrepareInParallel(Paragraph[] paragraphs, FontLibrary fonts)
    {
        if (paragraphs.Length < 64 || Environment.ProcessorCount < 2) return;
        try
        {
            System.Threading.Tasks.Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(0, paragraphs.Length, 256),
                () => new TextShaper(fonts),
                (range, _, shaper) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++) paragraphs[i].Prepare(shaper, Page.ContentWidth);
                    return shaper;
                },
                shaper => shaper.Dispose());
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault() is MissingGlyphException missing)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(missing).Throw();
        }
    }

    private void AddHeadersAndFooters(PageFlow flow, RenderInfo info)
    {
        var top = Page.MarginTop - 22;
        var right = Page.Width - Page.MarginRight;
        var footerBaseline = Page.Height - Page.MarginBottom + 26;
        var shaped = new Dictionary<string, TextLine>();
        TextLine Line(string text) => shaped.TryGetValue(text, out var l) ? l
            : shaped[text] = flow.Shaper.Shape([new Span(text, HeaderStyle)]).BreakLines(float.MaxValue)[0];
        foreach (var page in flow.Pages)
        {
            if (!page.Decorated) continue;
            var headerWidth = 0f;
            if (HeaderTitle is { Length: > 0 } title)
            {
                var line = Line(title);
                headerWidth = line.Width;
                page.Ops.Add(new TextLineOp(line, Page.MarginLeft, top));
            }
            if (page.Header is { Length: > 0 } chapter)
            {
                var line = Line(chapter);
                // A long chapter title must not run into the book title.
                if (line.Width < Page.ContentWidth - headerWidth - 12)
                    page.Ops.Add(new TextLineOp(line, right - line.Width, top));
            }
            page.Ops.Add(new RuleOp(Page.MarginLeft, top + 5, right, top + 5, 0xFFCCCCCC, 0.4f));
            var n = page.Number;
            page.Ops.Add(new DeferredTextOp(_ => $"{n} / {info.PageCount}", HeaderStyle, Page.Width / 2, footerBaseline, TextAlign.Center));
        }
    }
}
