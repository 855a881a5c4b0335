namespace Publisher.Pdf.Layout;

/// <summary>Wrapped text: shaped once, broken into lines, lines placed one by one (a paragraph may span pages).</summary>
public sealed class Paragraph(IReadOnlyList<Span> spans, ParagraphStyle? style = null, string? destination = null) : ILayoutBlock
{
    /// <summary>The text pieces.</summary>
    public IReadOnlyList<Span> Spans { get; } = spans;
    /// <summary>Spacing and alignment.</summary>
    public ParagraphStyle Style { get; } = style ?? new ParagraphStyle();
    /// <summary>A named destination placed at the first line, if any.</summary>
    public string? DestinationName { get; } = destination;

    /// <summary>A paragraph of one span.</summary>
    public static Paragraph Of(string text, TextStyle style, ParagraphStyle? paragraph = null, LinkTarget? link = null) =>
        new([new Span(text, style, link)], paragraph);

    private List<TextLine>? _prepared;
    private float _preparedWidth;

    /// <summary>True when shaped and wrapped for this content width already.</summary>
    internal bool IsPrepared(float contentWidth) => _prepared is not null && _preparedWidth == contentWidth;

    /// <summary>Shapes and wraps ahead of layout (may run on another thread with its own shaper).</summary>
    internal void Prepare(TextShaper shaper, float contentWidth)
    {
        if (Spans.Count == 0 || Spans.All(s => s.Text.Length == 0)) return;
        var width = contentWidth - Style.Indent - Style.RightIndent;
        _prepared = shaper.Shape(Spans).BreakLines(width, width - Style.FirstLineIndent);
        _preparedWidth = contentWidth;
    }

    /// <inheritdoc />
    public void Layout(PageFlow flow)
    {
        if (Spans.Count == 0 || Spans.All(s => s.Text.Length == 0)) return;
        var width = flow.Width - Style.Indent - Style.RightIndent;
        var lines = _prepared is not null && _preparedWidth == flow.Width
            ? _prepared
            : flow.Shaper.Shape(Spans).BreakLines(width, width - Style.FirstLineIndent);
        var size = 0f;
        foreach (var span in Spans) size = Math.Max(size, span.Style.Size);
        flow.Space(Style.SpaceBefore);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var height = Math.Max(line.Height, size) * Style.LineHeight;
            // Keep a heading with what follows, and avoid a single first line at the foot of a page.
            var need = i == 0 ? height + Style.KeepWithNext + (lines.Count > 1 ? height : 0) : height;
            flow.EnsureSpace(need);
            if (i == 0 && DestinationName is not null) flow.Destination(DestinationName);
            var x = flow.Left + Style.Indent + (i == 0 ? Style.FirstLineIndent : 0);
            var lineWidth = i == 0 ? width - Style.FirstLineIndent : width;
            x += Style.Align switch
            {
                TextAlign.Center => (lineWidth - line.Width) / 2,
                TextAlign.Right => lineWidth - line.Width,
                _ => 0,
            };
            // Baseline: centre the line box in the leading.
            var baseline = flow.Y + (height - line.Height) / 2 + line.Ascent;
            flow.Add(new TextLineOp(line, x, baseline));
            foreach (var run in line.Runs)
                if (run.Anchor is { } anchor) flow.Mark(anchor);
            flow.Advance(height);
        }
        flow.Space(Style.SpaceAfter);
    }
}
