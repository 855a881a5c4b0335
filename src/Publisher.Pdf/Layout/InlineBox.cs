using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Something drawn inside a line of text (an inline formula): a fixed width, a height above and below
/// the baseline, and a painter. Text extraction sees nothing of it.
/// </summary>
public abstract class InlineBox
{
    /// <summary>Advance width in points.</summary>
    public abstract float Width { get; }
    /// <summary>Height above the baseline in points.</summary>
    public abstract float Ascent { get; }
    /// <summary>Depth below the baseline in points (positive).</summary>
    public abstract float Descent { get; }

    /// <summary>Paints the box with its origin on the baseline at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    public abstract void Draw(SKCanvas canvas, float x, float baseline);
}
