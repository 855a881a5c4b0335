using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>A raster image (PNG, JPEG) drawn at a given size; Skia's PDF backend embeds it once per page it appears on.</summary>
public sealed class ImageBox(SKImage image, float width, float height) : InlineBox
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
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, new SKRect(x, baseline - height, x + width, baseline), new SKSamplingOptions(SKFilterMode.Linear), paint);
    }
}
