using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Splits spans into runs by font (each character goes to the first font of its role's chain that
/// has it), and shapes each run with HarfBuzz with the run's script and language.
/// </summary>
internal sealed class TextShaper(FontLibrary fonts) : IDisposable
{
    private static readonly Language Chinese = new("zh-Hans");
    private static readonly Language English = new("en");
    private readonly Buffer _buffer = new();
    // No GPOS kerning: advances then equal the font's own, which keeps Skia's PDF text compact
    // (one Tj per run, see DrawContext.DrawLine). Noto's Latin kerning is subtle at body sizes.
    private static readonly Feature[] Features = [new(new Tag('k', 'e', 'r', 'n'), 0u)];

    /// <summary>Normalises text for layout: line breaks and tabs become spaces, invisible format characters go.</summary>
    public static string Clean(string text)
    {
        var first = 0;
        while (first < text.Length && !NeedsCleaning(text[first])) first++;
        if (first == text.Length) return text; // most text is clean: no copy
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var ch = text[i];
            if (!NeedsCleaning(ch)) { sb.Append(ch); continue; }
            if (ch is '\r' or '\n' or '\t' or '\u00A0') sb.Append(' ');
            // Control and format characters and variation selectors are dropped.
        }
        return sb.ToString();
    }

    private static bool NeedsCleaning(char ch) =>
        ch is '\r' or '\n' or '\t' or '\u00A0' or >= '\uFE00' and <= '\uFE0F'
        || char.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>Shapes spans into one paragraph. Throws <see cref="MissingGlyphException"/> for a character no font has.</summary>
    public ShapedParagraph Shape(IReadOnlyList<Span> spans)
    {
        // The whole text first: runs index into it (building it span by span and copying it for each span was quadratic).
        // Most paragraphs are one span of clean text: that text is used as it is, not copied.
        var starts = new int[spans.Count + 1];
        string full;
        if (spans is [{ Box: null } only])
        {
            full = Clean(only.Text);
            starts[1] = full.Length;
        }
        else
        {
            var builder = new StringBuilder();
            for (var s = 0; s < spans.Count; s++)
            {
                starts[s] = builder.Length;
                builder.Append(spans[s].Box is null ? Clean(spans[s].Text) : Span.ObjectReplacement);
            }
            starts[spans.Count] = builder.Length;
            full = builder.ToString();
        }
        var runs = new List<ShapedRun>(spans.Count + 2);
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var (offset, end) = (starts[s], starts[s + 1]);
            if (span.Box is { } box)
            {
                // One replacement character advances by the box's width; nothing is shaped or subset for it.
                runs.Add(new ShapedRun(fonts.Chain(span.Style.Role)[0], span.Style, span.Link, offset, offset + 1, [0], [box.Width], null, null, [offset]) { Box = box, Anchor = span.Anchor });
                continue;
            }
            FontFace? current = null;
            var runStart = offset;
            var i = offset;
            while (i < end)
            {
                var cp = char.IsHighSurrogate(full[i]) && i + 1 < end ? char.ConvertToUtf32(full[i], full[i + 1]) : full[i];
                var len = cp > 0xFFFF ? 2 : 1;
                FontFace face;
                // Spaces and common punctuation stay in the current run's font when it has them.
                if (current is not null && (cp == ' ' || char.IsPunctuation((char)Math.Min(cp, 0xFFFF)) && cp < 0x2000) && current.Has(cp))
                    face = current;
                else
                    face = fonts.Find(span.Style.Role, cp) ?? throw new MissingGlyphException(cp, Excerpt(full, offset, end));
                if (current is not null && face != current)
                {
                    runs.Add(ShapeRun(full, runStart, i, current, span));
                    runStart = i;
                }
                current = face;
                i += len;
            }
            if (current is not null && i > runStart) runs.Add(ShapeRun(full, runStart, i, current, span));
        }
        return new ShapedParagraph(full, runs);
    }

    private static string Excerpt(string text, int offset, int end) =>
        end - offset > 80 ? text.Substring(offset, 80) + "…" : text[offset..end];

    /// <summary>Words longer than this are shaped each time (long CJK sentences rarely repeat; the cache stays small).</summary>
    private const int LongestCachedWord = 40;

    /// <summary>
    /// Shapes a run word by word (a word with its trailing spaces), each word once per font: titles, names
    /// and labels repeat across a catalog. Kerning is off and the fonts have no contextual rules across a
    /// space, so the glyphs and advances are those of shaping the run whole.
    /// </summary>
    private ShapedRun ShapeRun(string text, int start, int end, FontFace face, Span span)
    {
        _pieces.Clear();
        var total = 0;
        var offsets = false;
        for (var w = start; w < end;)
        {
            var e = w;
            while (e < end && text[e] != ' ') e++;
            while (e < end && text[e] == ' ') e++;
            var word = Word(text, w, e, face);
            _pieces.Add((w, word));
            total += word.Glyphs.Length;
            offsets |= word.OffsetsX is not null;
            w = e;
        }
        var scale = span.Style.Size / face.UnitsPerEm;
        var glyphs = new ushort[total];
        var adv = new float[total];
        var ox = offsets ? new float[total] : null;
        var oy = offsets ? new float[total] : null;
        var clusters = new int[total];
        var k = 0;
        foreach (var (at, word) in _pieces)
        {
            for (var g = 0; g < word.Glyphs.Length; g++, k++)
            {
                glyphs[k] = word.Glyphs[g];
                clusters[k] = at + word.Clusters[g];
                adv[k] = word.Advances[g] * scale;
                if (word.OffsetsX is null) continue;
                ox![k] = word.OffsetsX[g] * scale;
                oy![k] = word.OffsetsY![g] * scale;
            }
        }
        return new ShapedRun(face, span.Style, span.Link, start, end, glyphs, adv, ox, oy, clusters) { Anchor = span.Anchor };
    }

    private readonly List<(int At, ShapedWord Word)> _pieces = [];

    private ShapedWord Word(string text, int start, int end, FontFace face)
    {
        var cacheable = end - start <= LongestCachedWord;
        var words = face.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (cacheable && words.TryGetValue(text.AsSpan(start, end - start), out var known)) return known;
        // A word in the cache was marked when it was first shaped.
        face.MarkUsed(text, start, end - start);
        _buffer.ClearContents();
        _buffer.AddUtf16(text, start, end - start);
        _buffer.GuessSegmentProperties();
        _buffer.Direction = Direction.LeftToRight;
        _buffer.Language = face.IsChinese ? Chinese : English;
        face.HbFont.Shape(_buffer, Features);
        var infos = _buffer.GetGlyphInfoSpan();
        var positions = _buffer.GetGlyphPositionSpan();
        var n = infos.Length;
        var offsets = false;
        for (var k = 0; k < n && !offsets; k++) offsets = positions[k].XOffset != 0 || positions[k].YOffset != 0;
        var word = new ShapedWord(new ushort[n], new int[n], offsets ? new int[n] : null, offsets ? new int[n] : null, new int[n]);
        for (var k = 0; k < n; k++)
        {
            word.Glyphs[k] = (ushort)infos[k].Codepoint;
            word.Clusters[k] = (int)infos[k].Cluster - start;
            word.Advances[k] = positions[k].XAdvance;
            if (!offsets) continue;
            word.OffsetsX![k] = positions[k].XOffset;
            word.OffsetsY![k] = positions[k].YOffset;
        }
        if (cacheable) words.TryAdd(text.AsSpan(start, end - start), word);
        return word;
    }

    /// <inheritdoc />
    public void Dispose() => _buffer.Dispose();
}
