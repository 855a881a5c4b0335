using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>A laid-out line of text at a baseline.</summary>
internal sealed record TextLineOp(TextLine Line, float X, float Baseline) : DrawOp
{
    /// <inheritdoc />
    public override void Draw(DrawContext context) => context.DrawLine(Line, X, Baseline);
}

/// <summary>A filled rectangle.</summary>
internal sealed record RectOp(SKRect Rect, uint Color) : DrawOp
{
    /// <inheritdoc />
    public override void Draw(DrawContext context) => context.Canvas.DrawRect(Rect, context.Paint(Color));
}

/// <summary>A straight line.</summary>
internal sealed record RuleOp(float X1, float Y1, float X2, float Y2, uint Color, float Width) : DrawOp
{
    /// <inheritdoc />
    public override void Draw(DrawContext context) =>
        context.Canvas.DrawLine(X1, Y1, X2, Y2, context.Paint(Color, SKPaintStyle.Stroke, Width));
}

/// <summary>A dotted leader from the end of a title to a right-aligned text known only after layout (a page number).</summary>
internal sealed record LeaderOp(float X1, float Right, float Baseline, uint Color, Func<DrawContext, string> Text, TextStyle Style) : DrawOp
{
    /// <inheritdoc />
    public override void Draw(DrawContext context)
    {
        var text = Text(context);
        var width = 0f;
        if (text.Length > 0)
        {
            var line = context.Shaper.Shape([new Span(text, Style)]).BreakLines(float.MaxValue)[0];
            width = line.Width;
            context.DrawLine(line, Right - width, Baseline);
        }
        // The leader is text (" . . ."), one Tj: drawn as circles it cost ~25 KB per line of PDF.
        var dotStyle = Style with { Color = Color };
        var unit = context.Shaper.Shape([new Span(" .", dotStyle)]).NaturalWidth;
        var room = Right - width - 3f - X1;
        var count = (int)(room / unit);
        if (count <= 0) return;
        var dots = context.Shaper.Shape([new Span(string.Concat(Enumerable.Repeat(" .", count)), dotStyle)]).BreakLines(float.MaxValue)[0];
        context.DrawLine(dots, Right - width - 3f - dots.Width, Baseline);
    }
}

/// <summary>A link annotation over a rectangle.</summary>
internal sealed record LinkOp(SKRect Rect, LinkTarget Target) : DrawOp
{
    /// <inheritdoc />
    public override void Draw(DrawContext context) => context.Link(Rect, Target);
}

/// <summary>A named destination (a link or bookmark target).</summary>
internal sealed record DestinationOp(string Name, float X, float Y) : DrawOp
{
    /// <inheritdoc />
    public override void Draw(DrawContext context) => context.Canvas.DrawNamedDestinationAnnotation(new SKPoint(X, Y), Name).Dispose();
}

/// <summary>Text known only after layout (page numbers): digits, spaces and '/' only, since fonts are already subset.</summary>
internal sealed record DeferredTextOp(Func<DrawContext, string> Text, TextStyle Style, float X, float Baseline, TextAlign Align) : DrawOp
{
    /// <inheritdoc />
    public override void Draw(DrawContext context)
    {
        var text = Text(context);
        if (text.Length == 0) return;
        var line = context.Shaper.Shape([new Span(text, Style)]).BreakLines(float.MaxValue)[0];
        var x = Align switch { TextAlign.Right => X - line.Width, TextAlign.Center => X - line.Width / 2, _ => X };
        context.DrawLine(line, x, Baseline);
    }
}
