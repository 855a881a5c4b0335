using System.Globalization;
using Markdig.Syntax.Inlines;
using Publisher.Pdf.Layout;
using SkiaSharp;

namespace Publisher.Pdf.Handbook;

internal sealed partial class MarkdownChapterRenderer
{
    /// <summary>
    /// <c>![alt](path)</c> in body text → the image (PNG, JPEG or SVG, relative to the chapter file) scaled to the text
    /// width, and a numbered caption from the alt text. An image that cannot be read is reported and
    /// drawn as a framed placeholder, so the figure numbers stay right.
    /// </summary>
    protected override void Figure(LinkInline image, State state)
    {
        state.Sink!.Flush();
        var output = state.Output;
        var indent = state.Indent;
        _figures++;
        var label = _number is { } n
            ? $"Figure {n.ToString(CultureInfo.InvariantCulture)}.{_figures.ToString(CultureInfo.InvariantCulture)}"
            : $"Figure {_figures.ToString(CultureInfo.InvariantCulture)}";
        var caption = InlineSpans(image, styles.Small, InlinePlace.Caption);
        Trim(caption);
        var url = (image.Url ?? "").Trim();
        var width = context.ContentWidth - indent;
        var maxHeight = context.ContentHeight * 0.55f;
        InlineBox box;
        if (LoadImage(url, width, maxHeight, out var problem) is { } loaded) box = loaded;
        else
        {
            context.Warn(File, image.Line + 1, $"image '{url}' {problem}; a framed placeholder is printed", "handbook-image");
            box = new FrameBox(width * 0.6f, width * 0.25f);
            if (caption.Count > 0) caption.Add(new Span(" ", styles.Small));
            caption.Add(new Span($"(image not available: {clean(url)})", styles.Small));
        }
        output.Add(new BoxBlock(box, TextAlign.Center, 8, 3, keepWithNext: styles.Small.Size * 2));
        output.Add(new Paragraph([new Span(label + (caption.Count > 0 ? "  " : ""), styles.Small with { Role = FontRole.Bold }), .. caption],
            new ParagraphStyle { Align = TextAlign.Center, SpaceAfter = 10, Indent = indent }));
    }

    private InlineBox? LoadImage(string url, float width, float maxHeight, out string problem)
    {
        problem = "";
        if (url.Length == 0) { problem = "has no path"; return null; }
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            problem = "is not a local file (images are read from beside the chapter, never downloaded)";
            return null;
        }
        if (_chapter.BaseDirectory is null) { problem = "cannot be found (the chapter has no folder)"; return null; }
        var path = Path.GetFullPath(Path.Combine(_chapter.BaseDirectory, Uri.UnescapeDataString(url)));
        if (!System.IO.File.Exists(path)) { problem = $"not found at {path}"; return null; }
        try
        {
            if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
            {
                if (SvgPicture.Read(System.IO.File.ReadAllText(path)) is not { } svg) { problem = "is not SVG that can be drawn"; return null; }
                var scale = Fit(svg.Width, svg.Height, width, maxHeight);
                return new PictureBox(svg.Picture, scale, svg.Height, svg.Width, svg.Height);
            }
            var image = SKImage.FromEncodedData(System.IO.File.ReadAllBytes(path));
            if (image is null) { problem = "is not a PNG or JPEG image"; return null; }
            // A raster image is never enlarged past one pixel per point: blown up it only blurs.
            var s = Math.Min(1f, Fit(image.Width, image.Height, width, maxHeight));
            return new ImageBox(image, image.Width * s, image.Height * s);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            problem = $"cannot be read ({e.Message})";
            return null;
        }
    }

    // Scaled to the text width; a tall image is kept to part of the page so its caption stays with it.
    private static float Fit(float w, float h, float width, float maxHeight) => Math.Min(width / w, maxHeight / h);
}
