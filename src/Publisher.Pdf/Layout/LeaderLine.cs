namespace Publisher.Pdf.Layout;

/// <summary>
/// A contents or index line: wrapped title, dotted leader, and a right-aligned text known only after
/// layout (page numbers). The whole line links to <see cref="Link"/> when given.
/// </summary>
public sealed class LeaderLine(IReadOnlyList<Span> title, Func<RenderInfo, string> right, TextStyle rightStyle, LinkTarget? link = null, float indent = 0, float spaceAfter = 1.5f, float numberColumn = 42) : ILayoutBlock
{

    /// <summary>Where the line leads.</summary>
    public LinkTarget? Link { get; } = link;

    /// <inheritdoc />
    public void Layout(PageFlow flow)
    {
        var shaped = flow.Shaper.Shape(title);
        var width = flow.Width - indent - numberColumn;
        var lines = shaped.BreakLines(width);
        var size = title.Max(s => s.Style.Size);
        var x = flow.Left + indent;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var height = Math.Max(line.Height, size) * 1.35f;
            flow.EnsureSpace(height);
            var baseline = flow.Y + (height - line.Height) / 2 + line.Ascent;
            flow.Add(new TextLineOp(line, x, baseline));
            if (i == lines.Count - 1)
            {
                var right = flow.Left + flow.Width;
                flow.Add(new LeaderOp(x + line.Width + 3, right, baseline, 0xFF888888, ctx => rightText(ctx), rightStyle));
            }
            if (Link is not null)
                flow.Add(new LinkOp(new SkiaSharp.SKRect(x, flow.Y, flow.Left + flow.Width, flow.Y + height), Link));
            flow.Advance(height);
        }
        flow.Space(spaceAfter);
    }

    private string rightText(DrawContext ctx) => right(ctx.Info);
}
