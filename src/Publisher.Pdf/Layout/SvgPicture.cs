using SkiaSharp;
using Svg.Skia;

namespace Publisher.Pdf.Layout;

/// <summary>Reads SVG with Svg.Skia into a Skia picture that Skia's PDF backend writes as vector paths.</summary>
public static class SvgPicture
{
    /// <summary>The picture of an SVG document and its size in SVG user units; null when Svg.Skia cannot read it.</summary>
    public static (SKPicture Picture, float Width, float Height)? Read(string svg)
    {
        using var reader = new SKSvg();
        var picture = reader.FromSvg(svg);
        if (picture is null) return null;
        var bounds = picture.CullRect;
        if (bounds.Width <= 0 || bounds.Height <= 0) return null;
        // Recorded again so the picture outlives the SKSvg that owns the original.
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SKRect(0, 0, bounds.Width, bounds.Height));
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.DrawPicture(picture);
        return (recorder.EndRecording(), bounds.Width, bounds.Height);
    }
}
