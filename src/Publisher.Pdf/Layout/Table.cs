using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// A table with a header row that is repeated at the top of every page the table continues on.
/// Columns are at least as wide as their longest word (words are never split unless even those
/// do not fit the page); the rest of the width follows the cells' natural widths; cells wrap.
/// A cell is a list of spans, so it may hold links (a citation's number) and styled text.
/// </summary>
public sealed class Table(IReadOnlyList<IReadOnlyList<Span>> header, IReadOnlyList<IReadOnlyList<IReadOnlyList<Span>>> rows, TextStyle headerStyle, TextStyle cellStyle) : ILayoutBlock
{
    /// <summary>A table of plain-text cells.</summary>
    public static Table Of(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, TextStyle headerStyle, TextStyle cellStyle) =>
        new(header.Select(h => Cell(h, headerStyle)).ToList(), rows.Select(r => (IReadOnlyList<IReadOnlyList<Span>>)r.Select(c => Cell(c, cellStyle)).ToList()).ToList(), headerStyle, cellStyle);

    private static IReadOnlyList<Span> Cell(string text, TextStyle style) => [new Span(text.Trim(), style)];

    private const float Pad = 3f;
    private const float LineHeight = 1.3f;

    /// <inheritdoc />
    public void Layout(PageFlow flow)
    {
        var columns = Math.Max(header.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        if (columns == 0) return;
        var head = Enumerable.Range(0, columns).Select(c => Shape(flow, c < header.Count ? header[c] : [], headerStyle)).ToArray();
        var body = rows.Select(r => Enumerable.Range(0, columns).Select(c => Shape(flow, c < r.Count ? r[c] : [], cellStyle)).ToArray()).ToList();
        var widths = ColumnWidths(flow.Width, head, body);
        var headLines = Break(head, widths);
        var headHeight = RowHeight(headLines, headerStyle.Size);

        flow.Space(4);
        flow.EnsureSpace(headHeight + (body.Count > 0 ? RowHeight(Break(body[0], widths), cellStyle.Size) : 0));
        DrawRow(flow, headLines, widths, headHeight, headerStyle.Size, header: true);
        foreach (var row in body)
        {
            var lines = Break(row, widths);
            var height = RowHeight(lines, cellStyle.Size);
            if (height > flow.Remaining && !flow.AtPageTop)
            {
                flow.NewPage();
                DrawRow(flow, headLines, widths, headHeight, headerStyle.Size, header: true);
            }
            DrawRow(flow, lines, widths, height, cellStyle.Size, header: false);
        }
        flow.Space(6);
    }

    private static ShapedParagraph Shape(PageFlow flow, IReadOnlyList<Span> cell, TextStyle style) =>
        flow.Shaper.Shape(cell.Count == 0 ? [new Span("", style)] : cell);

    private static float[] ColumnWidths(float total, ShapedParagraph[] head, List<ShapedParagraph[]> body)
    {
        var n = head.Length;
        var natural = new float[n];
        var minimum = new float[n];
        for (var c = 0; c < n; c++)
        {
            natural[c] = head[c].NaturalWidth;
            minimum[c] = head[c].LongestUnbreakable;
            foreach (var row in body)
            {
                natural[c] = Math.Max(natural[c], row[c].NaturalWidth);
                minimum[c] = Math.Max(minimum[c], row[c].LongestUnbreakable);
            }
            minimum[c] = Math.Max(minimum[c] + 2 * Pad + 0.5f, 24);
            natural[c] = Math.Max(Math.Min(natural[c] + 2 * Pad, total * 0.6f), minimum[c]);
        }
        // Every column first gets its longest word, so no word is split; the rest of the width goes to
        // the columns in proportion to how much more their text wants. Narrow tables grow to the full width.
        var minSum = minimum.Sum();
        if (minSum >= total) return minimum.Select(w => w * total / minSum).ToArray();
        var wanted = natural.Select((w, c) => w - minimum[c]).ToArray();
        var wantedSum = wanted.Sum();
        var spare = total - minSum;
        return wantedSum <= 0.01f
            ? minimum.Select(w => w + spare / n).ToArray()
            : minimum.Select((w, c) => w + spare * wanted[c] / wantedSum).ToArray();
    }

    private static List<TextLine>[] Break(ShapedParagraph[] cells, float[] widths) =>
        cells.Select((p, c) => p.BreakLines(Math.Max(8, widths[c] - 2 * Pad))).ToArray();

    private static float RowHeight(List<TextLine>[] cells, float size) =>
        cells.Max(lines => lines.Count) * size * LineHeight + 2 * Pad;

    private static void DrawRow(PageFlow flow, List<TextLine>[] cells, float[] widths, float height, float size, bool header)
    {
        var top = flow.Y;
        var right = flow.Left + widths.Sum();
        if (header) flow.Add(new RectOp(new SKRect(flow.Left, top, right, top + height), 0xFFE8EEF4));
        var x = flow.Left;
        for (var c = 0; c < cells.Length; c++)
        {
            var y = top + Pad;
            foreach (var line in cells[c])
            {
                var lh = size * LineHeight;
                flow.Add(new TextLineOp(line, x + Pad, y + (lh - line.Height) / 2 + line.Ascent));
                foreach (var run in line.Runs)
                    if (run.Anchor is { } anchor) flow.Mark(anchor);
                y += lh;
            }
            x += widths[c];
        }
        flow.Add(new RuleOp(flow.Left, top + height, right, top + height, header ? 0xFF7A8A9A : 0xFFD0D0D0, header ? 0.8f : 0.4f));
        flow.Advance(height);
    }
}
