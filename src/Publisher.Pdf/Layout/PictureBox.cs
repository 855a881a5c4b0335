using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// A recorded vector picture (an SVG, a typeset formula) placed as an inline box: the picture's
/// coordinates are scaled by <see cref="Scale"/>, and its y = 0 lies <see cref="Top"/> units below the picture's top.
/// </summary>
public sealed class PictureBox(SKPicture picture, float scale, float top, float widthUnits, float heightUnits) : InlineBox
{
    /// <summary>The picture (shared; drawn as vector paths).</summary>
    public SKPicture Picture { get; } = picture;
    /// <summary>Points per picture unit.</summary>
    public float Scale { get; } = scale;
    /// <summary>Distance in picture units from the picture's top to its baseline.</summary>
    public float Top { get; } = top;

    /// <inheritdoc />
    public override float Width => widthUnits * Scale;
    /// <inheritdoc />
    public override float Ascent => Top * Scale;
    /// <inheritdoc />
    public override float Descent => (heightUnits - Top) * Scale;

    /// <summary>The same picture at another scale.</summary>
    public PictureBox WithScale(float scale) => new(Picture, scale, Top, widthUnits, heightUnits);

    /// <inheritdoc />
    public override void Draw(SKCanvas canvas, float x, float baseline)
    {
        canvas.Save();
        canvas.Translate(x, baseline - Ascent);
        canvas.Scale(Scale);
        canvas.DrawPicture(Picture);
        canvas.Restore();
    }
}
