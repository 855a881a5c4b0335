using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Everything a draw operation needs: the page's canvas, what layout learned, and Skia fonts, paint and
/// text-blob builder made once for the whole document (not once per page).
/// </summary>
internal sealed class DrawContext(RenderInfo info, TextShaper shaper) : IDisposable
{
    private readonly Dictionary<(FontFace, float), SKFont> _fonts = [];
    private readonly SKPaint _paint = new() { IsAntialias = true };
    // Build() hands over the blob and empties the builder, so one serves every run.
    private readonly SKTextBlobBuilder _builder = new();

    /// <summary>The canvas of the page being drawn.</summary>
    public SKCanvas Canvas { get; private set; } = null!;
    /// <summary>Page count and destinations.</summary>
    public RenderInfo Info { get; } = info;
    /// <summary>Shaper for text known only now (page numbers).</summary>
    public TextShaper Shaper { get; } = shaper;
    /// <summary>1-based number of the page being drawn.</summary>
    public int PageNumber { get; private set; }

    /// <summary>Points the context at the next page.</summary>
    public void StartPage(SKCanvas canvas, int pageNumber)
    {
        Canvas = canvas;
        PageNumber = pageNumber;
    }

    /// <summary>A paint of a colour (reused; do not keep).</summary>
    public SKPaint Paint(uint argb, SKPaintStyle style = SKPaintStyle.Fill, float strokeWidth = 0)
    {
        _paint.Color = new SKColor(argb);
        _paint.Style = style;
        _paint.StrokeWidth = strokeWidth;
        return _paint;
    }

    /// <summary>Draws one line at a baseline and adds annotations for its linked pieces.</summary>
    public void DrawLine(TextLine line, float x, float baseline)
    {
        foreach (var run in line.Runs)
        {
            if (run.Box is { } box)
            {
                box.Draw(Canvas, x + run.Left, baseline);
                continue;
            }
            // Each run is drawn at its own origin (a translation) with positions that are exact float
            // sums of the font's advances: Skia's PDF backend then sees that the positions agree with
            // the advances and writes one Tj per run instead of a Td per glyph (~3x smaller pages).
            run.AddTo(_builder, Font(run.Face, run.Style.Size));
            using var blob = _builder.Build();
            if (blob is null) continue;
            Canvas.Save();
            Canvas.Translate(x + run.Left, baseline);
            Canvas.DrawText(blob, 0, 0, Paint(run.Style.Color));
            Canvas.Restore();
        }
        foreach (var run in line.Runs)
        {
            if (run.Link is null) continue;
            var rect = new SKRect(x + run.Left, baseline - line.Ascent, x + run.Left + run.Width, baseline + line.Descent);
            Link(rect, run.Link);
        }
    }

    /// <summary>Adds a link annotation.</summary>
    public void Link(SKRect rect, LinkTarget link)
    {
        // The string overloads hand back the SKData they attached (the document keeps its own reference):
        // left to the finalizer, tens of thousands of them cost the finalizer thread seconds of CPU.
        if (link.Url is { } url) Canvas.DrawUrlAnnotation(rect, url).Dispose();
        else if (link.Destination is { } dest) Canvas.DrawLinkDestinationAnnotation(rect, dest).Dispose();
    }

    private SKFont Font(FontFace face, float size)
    {
        if (_fonts.TryGetValue((face, size), out var f)) return f;
        f = new SKFont(face.DrawingTypeface(), size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
        _fonts[(face, size)] = f;
        return f;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var f in _fonts.Values) f.Dispose();
        _paint.Dispose();
        _builder.Dispose();
    }
}
