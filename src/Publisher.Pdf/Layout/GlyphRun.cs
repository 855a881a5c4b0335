namespace Publisher.Pdf.Layout;

/// <summary>
/// A piece of one line ready to draw: glyphs, x positions relative to the line start, and the
/// original text with UTF-8 cluster offsets so that PDF readers extract and search the words.
/// </summary>
internal sealed record GlyphRun(FontFace Face, TextStyle Style, LinkTarget? Link, ushort[] Glyphs, float[] X, float[] Y, byte[] Utf8, uint[] Clusters, float Left, float Width)
{
    /// <summary>A box drawn instead of glyphs, if any.</summary>
    public InlineBox? Box { get; init; }
    /// <summary>The span's anchor, if any.</summary>
    public string? Anchor { get; init; }
}
