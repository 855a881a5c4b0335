using System.Globalization;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// A horizontal bar chart drawn as vector rectangles, with its numbers in a small table beside it:
/// label | bar | count | share. Rows may continue on the next page (the header is repeated).
/// </summary>
public sealed class BarChart(string labelHeader, string valueHeader, IReadOnlyList<(string Label, int Value)> rows, TextStyle style, TextStyle headerStyle, uint barColor) : ILayoutBlock
{
    /// <summary>The bars in order.</summary>
    public IReadOnlyList<(string Label, int Value)> Rows { get; } = rows;

    /// <inheritdoc />
    public void Layout(PageFlow flow)
    {
        if (Rows.Count == 0) return;
        var total = Math.Max(1, Rows.Sum(r => r.Value));
        var max = Math.Max(1, Rows.Max(r => r.Value));
        var labelWidth = flow.Width * 0.36f;
        var barWidth = flow.Width * 0.40f;
        var numbersLeft = flow.Left + labelWidth + barWidth + 8;
        var rowHeight = style.Size * 1.7f;
        var shaper = flow.Shaper;

        void Header()
        {
            var top = flow.Y;
            flow.Add(new RectOp(new SKRect(flow.Left, top, flow.Left + flow.Width, top + rowHeight), 0xFFE8EEF4));
            Text(labelHeader, headerStyle, flow.Left + 3, top, labelWidth - 6, TextAlign.Left);
            Text(valueHeader, headerStyle, numbersLeft, top, flow.Left + flow.Width - numbersLeft - 46, TextAlign.Right);
            Text("%", headerStyle, flow.Left + flow.Width - 40, top, 37, TextAlign.Right);
            flow.Advance(rowHeight);
        }

        void Text(string text, TextStyle s, float x, float top, float width, TextAlign align)
        {
            var line = shaper.Shape([new Span(text, s)]).BreakLines(float.MaxValue)[0];
            // A label longer than its column is cut at a word or character boundary and marked with an ellipsis.
            if (line.Width > width && text.Length > 1)
            {
                var shaped = shaper.Shape([new Span(text, s)]).BreakLines(Math.Max(8, width - s.Size));
                line = shaper.Shape([new Span(shaped[0].Runs.Count == 0 ? text : TextOf(shaped[0]) + "…", s)]).BreakLines(float.MaxValue)[0];
            }
            var left = align == TextAlign.Right ? x + width - line.Width : x;
            flow.Add(new TextLineOp(line, left, top + (rowHeight - line.Height) / 2 + line.Ascent));
        }

        flow.Space(4);
        flow.EnsureSpace(rowHeight * Math.Min(Rows.Count + 1, 4));
        Header();
        foreach (var (label, value) in Rows)
        {
            if (rowHeight > flow.Remaining) { flow.NewPage(); Header(); }
            var top = flow.Y;
            Text(label, style, flow.Left + 3, top, labelWidth - 6, TextAlign.Left);
            var length = Math.Max(0.8f, barWidth * value / max);
            flow.Add(new RectOp(new SKRect(flow.Left + labelWidth, top + rowHeight * 0.2f, flow.Left + labelWidth + length, top + rowHeight * 0.8f), barColor));
            Text(value.ToString("N0", CultureInfo.InvariantCulture), style, numbersLeft, top, flow.Left + flow.Width - numbersLeft - 46, TextAlign.Right);
            Text((100.0 * value / total).ToString("F1", CultureInfo.InvariantCulture), style, flow.Left + flow.Width - 40, top, 37, TextAlign.Right);
            flow.Add(new RuleOp(numbersLeft - 4, top, numbersLeft - 4, top + rowHeight, 0xFFD0D0D0, 0.4f));
            flow.Add(new RuleOp(flow.Left, top + rowHeight, flow.Left + flow.Width, top + rowHeight, 0xFFE4E4E4, 0.3f));
            flow.Advance(rowHeight);
        }
        flow.Space(8);
    }

    private static string TextOf(TextLine line) =>
        string.Concat(line.Runs.Select(r => System.Text.Encoding.UTF8.GetString(r.Utf8)));
}
