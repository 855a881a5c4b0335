namespace Publisher.Pdf.Layout;

/// <summary>Thrown when no shipped font has a glyph for a character, instead of drawing <c>.notdef</c>.</summary>
public sealed class MissingGlyphException(int codePoint, string context)
    : Exception($"no shipped font has a glyph for U+{codePoint:X4} '{char.ConvertFromUtf32(codePoint)}' (in \"{context}\")")
{
    /// <summary>The character without a glyph.</summary>
    public int CodePoint { get; } = codePoint;
}
