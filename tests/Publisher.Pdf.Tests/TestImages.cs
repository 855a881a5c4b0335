using SkiaSharp;

namespace Publisher.Pdf.Tests;

/// <summary>Small raster images made by the tests (so no binary fixture is committed).</summary>
internal static class TestImages
{
    public static void WritePng(string path, int width, int height) => Write(path, width, height, SKEncodedImageFormat.Png);

    public static void WriteJpeg(string path, int width, int height) => Write(path, width, height, SKEncodedImageFormat.Jpeg);

    private static void Write(string path, int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = new SKColor(0x1A, 0x3D, 0x6D) };
            for (var i = 0; i < 5; i++) canvas.DrawRect(10 + i * (width - 20) / 5f, height - 10 - i * 8, (width - 40) / 5f, 10 + i * 8, paint);
        }
        using var data = bitmap.Encode(format, 90);
        File.WriteAllBytes(path, data.ToArray());
    }
}
