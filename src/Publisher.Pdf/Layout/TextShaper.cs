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
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n' or '\t' or '\u00A0') { sb.Append(' '); continue; }
            var cat = char.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.Control or UnicodeCategory.Format) continue;
            if (ch is >= '\uFE00' and <= '\uFE0F') continue; // variation selectors
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Shapes spans into one paragraph. Throws <see cref="MissingGlyphException"/> for a character no font has.</summary>
    public ShapedParagraph Shape(IReadOnlyList<Span> spans)
    {
        var text = new StringBuilder();
        var runs = new List<ShapedRun>();
        foreach (var span in spans)
        {
            if (span.Box is { } box)
            {
                // One replacement character advances by the box's width; nothing is shaped or subset for it.
                var at = text.Length;
                text.Append(Span.ObjectReplacement);
                runs.Add(new ShapedRun(fonts.Chain(span.Style.Role)[0], span.Style, span.Link, at, at + 1, [0], [box.Width], [0f], [0f], [at]) { Box = box, Anchor = span.Anchor });
                continue;
            }
            var clean = Clean(span.Text);
            var offset = text.Length;
            text.Append(clean);
            var full = text.ToString();
            FontFace? current = null;
            var runStart = offset;
            var i = offset;
            while (i < full.Length)
            {
                var cp = char.IsHighSurrogate(full[i]) && i + 1 < full.Length ? char.ConvertToUtf32(full[i], full[i + 1]) : full[i];
                var len = cp > 0xFFFF ? 2 : 1;
                FontFace face;
                // Spaces and common punctuation stay in the current run's font when it has them.
                if (current is not null && (cp == ' ' || char.IsPunctuation((char)Math.Min(cp, 0xFFFF)) && cp < 0x2000) && current.Has(cp))
                    face = current;
                else
                    face = fonts.Find(span.Style.Role, cp) ?? throw new MissingGlyphException(cp, Excerpt(full, offset));
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
        return new ShapedParagraph(text.ToString(), runs);
    }

    private static string Excerpt(string text, int offset) =>
        text.Length - offset > 80 ? text.Substring(offset, 80) + "…" : text[offset..];

    private ShapedRun ShapeRun(string text, int start, int end, FontFace face, Span span)
    {
        face.MarkUsed(text, start, end - start);
        _buffer.ClearContents();
        _buffer.AddUtf16(text, start, end - start);
        _buffer.GuessSegmentProperties();
        _buffer.Direction = Direction.LeftToRight;
        _buffer.Language = face.Name.StartsWith("NotoSansSC", StringComparison.Ordinal) ? Chinese : English;
        face.HbFont.Shape(_buffer, Features);
        var infos = _buffer.GlyphInfos;
        var positions = _buffer.GlyphPositions;
        var n = infos.Length;
        var scale = span.Style.Size / face.UnitsPerEm;
        var glyphs = new ushort[n];
        var adv = new float[n];
        var ox = new float[n];
        var oy = new float[n];
        var clusters = new int[n];
        for (var k = 0; k < n; k++)
        {
            glyphs[k] = (ushort)infos[k].Codepoint;
            clusters[k] = (int)infos[k].Cluster;
            adv[k] = positions[k].XAdvance * scale;
            ox[k] = positions[k].XOffset * scale;
            oy[k] = positions[k].YOffset * scale;
        }
        return new ShapedRun(face, span.Style, span.Link, start, end, glyphs, adv, ox, oy, clusters) { Anchor = span.Anchor };
    }

    /// <inheritdoc />
    public void Dispose() => _buffer.Dispose();
}
