namespace Publisher.Pdf.Layout;

/// <summary>A paragraph shaped once; <see cref="BreakLines"/> wraps it at any width.</summary>
internal sealed class ShapedParagraph
{
    private readonly float[] _prefix; // width of text[0..i)
    private readonly bool[] _clusterStart;

    /// <summary>Creates a shaped paragraph from its text and runs (in text order).</summary>
    public ShapedParagraph(string text, IReadOnlyList<ShapedRun> runs)
    {
        Text = text;
        Runs = runs;
        _clusterStart = new bool[text.Length + 1];
        _clusterStart[text.Length] = true;
        // The advance of character i is summed in _prefix[i + 1] first, then the prefix sums are formed in
        // place (the same float additions as with an array of advances, without allocating one).
        _prefix = new float[text.Length + 1];
        foreach (var r in runs)
            for (var g = 0; g < r.Glyphs.Length; g++)
            {
                _prefix[r.Clusters[g] + 1] += r.Advances[g];
                _clusterStart[r.Clusters[g]] = true;
            }
        for (var i = 0; i < text.Length; i++) _prefix[i + 1] = _prefix[i] + _prefix[i + 1];
    }

    /// <summary>The paragraph text.</summary>
    public string Text { get; }
    /// <summary>The shaped runs.</summary>
    public IReadOnlyList<ShapedRun> Runs { get; }
    /// <summary>Width of the whole paragraph on one line.</summary>
    public float NaturalWidth => _prefix[Text.Length];

    /// <summary>Width of the widest piece that may not be broken (a word, a CJK character with its punctuation).</summary>
    public float LongestUnbreakable
    {
        get
        {
            var ok = LineBreakRules.Opportunities(Text);
            var widest = 0f;
            var start = 0;
            for (var j = 1; j <= Text.Length; j++)
            {
                if (!ok[j] || !_clusterStart[j]) continue;
                while (start < j && Text[start] == ' ') start++;
                widest = Math.Max(widest, _prefix[VisibleEnd(start, j)] - _prefix[start]);
                start = j;
            }
            return widest;
        }
    }

    /// <summary>Wraps into lines no wider than <paramref name="firstWidth"/> (first line) and <paramref name="width"/> (others).</summary>
    public List<TextLine> BreakLines(float width, float? firstWidth = null)
    {
        var lines = new List<TextLine>();
        var n = Text.Length;
        var ok = LineBreakRules.Opportunities(Text);
        var start = 0;
        while (start < n)
        {
            if (lines.Count > 0) while (start < n && Text[start] == ' ') start++;
            if (start >= n) break;
            var max = lines.Count == 0 && firstWidth is { } fw ? fw : width;
            var best = -1;
            for (var j = start + 1; j <= n; j++)
            {
                if (!ok[j] || !_clusterStart[j]) continue;
                var e = VisibleEnd(start, j);
                if (_prefix[e] - _prefix[start] <= max + 0.01f) best = j;
                else if (best >= 0) break;
                else break;
            }
            if (best < 0)
            {
                // Nothing fits (a long word or URL): break between clusters, at least one.
                best = start + 1;
                for (var j = start + 1; j <= n; j++)
                {
                    if (!_clusterStart[j] || (j < n && char.IsLowSurrogate(Text[j]))) continue;
                    if (_prefix[j] - _prefix[start] <= max) best = j; else break;
                }
                while (best < n && !_clusterStart[best]) best++;
            }
            lines.Add(BuildLine(start, VisibleEnd(start, best)));
            start = best;
        }
        if (lines.Count == 0) lines.Add(BuildLine(0, 0));
        return lines;
    }

    private int VisibleEnd(int start, int end)
    {
        while (end > start && Text[end - 1] == ' ') end--;
        return end;
    }

    private TextLine BuildLine(int a, int e)
    {
        var pieces = new List<GlyphRun>();
        float x = 0, asc = 0, desc = 0;
        foreach (var r in Runs)
        {
            if (r.Box is { } box)
            {
                // A box sizes only the line it is on (a tall fraction must not open up the whole paragraph).
                if (r.End <= a || r.Start >= e) continue;
                asc = Math.Max(asc, box.Ascent);
                desc = Math.Max(desc, box.Descent);
                pieces.Add(new GlyphRun(r.Face, r.Style, r.Link, null, Text, 0, 0, r.Start, r.Start, x, box.Width) { Box = box, Anchor = r.Anchor });
                x += box.Width;
                continue;
            }
            asc = Math.Max(asc, r.Face.Ascender * r.Style.Size);
            desc = Math.Max(desc, r.Face.Descender * r.Style.Size);
            if (r.End <= a || r.Start >= e) continue;
            int g0 = 0, g1 = r.Glyphs.Length;
            while (g0 < g1 && r.Clusters[g0] < a) g0++;
            var gEnd = g0;
            while (gEnd < g1 && r.Clusters[gEnd] < e) gEnd++;
            if (gEnd == g0) continue;
            var ra = Math.Max(a, r.Start);
            var rb = Math.Min(e, r.End);
            var pen = 0f;
            for (var g = g0; g < gEnd; g++) pen += r.Advances[g];
            pieces.Add(new GlyphRun(r.Face, r.Style, r.Link, r, Text, g0, gEnd - g0, ra, rb, x, pen) { Anchor = r.Anchor });
            x += pen;
        }
        return new TextLine(pieces, x, asc, desc);
    }
}
