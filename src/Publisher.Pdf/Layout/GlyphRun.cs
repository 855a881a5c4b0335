using System.Text;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// A piece of one line ready to draw: glyphs <see cref="First"/>…+<see cref="Count"/> of a shaped run and
/// the characters <see cref="CharStart"/>…<see cref="CharEnd"/> of the paragraph they came from. Positions
/// and the UTF-8 text with cluster offsets (so PDF readers extract and search the words) are written
/// straight into Skia's buffers when drawn: copies of them for every line of a book kept the heap full
/// of small arrays until the last page was written.
/// </summary>
internal sealed record GlyphRun(FontFace Face, TextStyle Style, LinkTarget? Link, ShapedRun? Source, string Text, int First, int Count, int CharStart, int CharEnd, float Left, float Width)
{
    /// <summary>A box drawn instead of glyphs, if any.</summary>
    public InlineBox? Box { get; init; }
    /// <summary>The span's anchor, if any.</summary>
    public string? Anchor { get; init; }

    /// <summary>The characters of the piece.</summary>
    public ReadOnlySpan<char> Chars => Text.AsSpan(CharStart, CharEnd - CharStart);

    /// <summary>The piece's text as UTF-8.</summary>
    public byte[] Utf8 => Encoding.UTF8.GetBytes(Text, CharStart, CharEnd - CharStart);

    /// <summary>Adds the piece to a text blob: glyphs, positions relative to the piece's start, text and clusters.</summary>
    public void AddTo(SKTextBlobBuilder builder, SKFont font)
    {
        if (Source is not { } r || Count == 0) return;
        var chars = Chars;
        var buffer = builder.AllocatePositionedTextRun(font, Count, Encoding.UTF8.GetByteCount(chars), null);
        r.Glyphs.AsSpan(First, Count).CopyTo(buffer.Glyphs);
        var points = buffer.Positions;
        var pen = 0f;
        for (var k = 0; k < Count; k++)
        {
            var g = First + k;
            // Without offsets the point is what pen + 0 and -(0) give, so the PDF is the same either way.
            points[k] = r.OffsetsX is null ? new SKPoint(pen + 0f, -0f) : new SKPoint(pen + r.OffsetsX[g], -r.OffsetsY![g]);
            pen += r.Advances[g];
        }
        Encoding.UTF8.GetBytes(chars, buffer.Text);
        // UTF-8 offset of each character of the piece, for the clusters.
        var n = chars.Length;
        Span<int> byteAt = n < 512 ? stackalloc int[n + 1] : new int[n + 1];
        byteAt[0] = 0;
        for (var i = 0; i < n; i++)
            byteAt[i + 1] = byteAt[i] + Utf8Length(chars[i]);
        var clusters = buffer.Clusters;
        for (var k = 0; k < Count; k++) clusters[k] = (uint)byteAt[Math.Clamp(r.Clusters[First + k] - CharStart, 0, n)];
    }

    // UTF-8 bytes of one UTF-16 unit (each half of a surrogate pair counts 2 of the pair's 4), without asking the encoder per character.
    private static int Utf8Length(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
}
