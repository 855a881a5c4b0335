namespace Publisher.Pdf.Layout;

/// <summary>
/// HarfBuzz's output for one word (with its trailing spaces) in one font, in design units, clusters
/// relative to the word's start: kept by <see cref="FontFace"/> so a word met again is not shaped again.
/// The offsets are null when every glyph's are zero (Latin and CJK text without combining marks).
/// </summary>
internal sealed record ShapedWord(ushort[] Glyphs, int[] Advances, int[]? OffsetsX, int[]? OffsetsY, int[] Clusters);
