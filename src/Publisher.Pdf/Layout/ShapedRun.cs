namespace Publisher.Pdf.Layout;

/// <summary>
/// A run of a paragraph drawn with one font and style, shaped by HarfBuzz; clusters are indices into the paragraph
/// text. The offsets are null when all are zero: the laid-out book keeps every run until its page is written, and
/// two arrays of zeros per run were a sixth of that.
/// </summary>
internal sealed record ShapedRun(FontFace Face, TextStyle Style, LinkTarget? Link, int Start, int End, ushort[] Glyphs, float[] Advances, float[]? OffsetsX, float[]? OffsetsY, int[] Clusters)
{
    /// <summary>The box this run stands for (one replacement character, no glyph drawn), if any.</summary>
    public InlineBox? Box { get; init; }
    /// <summary>The span's anchor, recorded with the page the run lands on.</summary>
    public string? Anchor { get; init; }
}
