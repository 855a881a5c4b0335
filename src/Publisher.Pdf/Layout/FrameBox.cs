using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>An empty frame with crossed diagonals: the placeholder of a figure whose image could not be read.</summary>
public sealed class FrameBox(float width, float height, uint color = 0xFF999999) : InlineBox
{
    /// <inheritdoc />
    public override float Width => width;
    /// <inheritdoc />
    public override float Ascent => height;
    /// <inheritdoc />
    public override float Descent => 0;

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas, float x, float baseline)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(color), Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f };
        var rect = new SKRect(x, baseline - height, x + width, baseline);
        canvas.DrawRect(rect, paint);
        paint.StrokeWidth = 0.4f;
        canvas.DrawLine(rect.Left, rect.Top, rect.Right, rect.Bottom, paint);
        canvas.DrawLine(rect.Left, rect.Bottom, rect.Right, rect.Top, paint);
    }
}
