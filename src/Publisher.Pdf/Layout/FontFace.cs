using System.Reflection;
using SkiaSharp;

namespace Publisher.Pdf.Layout;

/// <summary>
/// One shipped TrueType font: HarfBuzz for shaping and measuring, and after layout a subset
/// Skia typeface for drawing (same glyph ids thanks to retain-gids).
/// </summary>
internal sealed class FontFace : IDisposable
{
    private readonly HarfBuzzSharp.Blob _blob;
    private readonly HarfBuzzSharp.Face _face;
    private readonly HashSet<int> _used = [];
    private readonly Lock _gate = new();
    private SKTypeface? _subset;
    // Whether each BMP character has a glyph: 0 not asked yet, 1 yes, 2 no. Asking HarfBuzz (a native call)
    // for every character of the book, once per font of the fallback chain, was a fifth of shaping's time.
    // Racing threads write the same answer, so no lock is needed.
    private readonly byte[] _coverage = new byte[0x10000];

    private FontFace(string name, HarfBuzzSharp.Blob blob)
    {
        Name = name;
        _blob = blob;
        _face = new HarfBuzzSharp.Face(blob, 0);
        UnitsPerEm = _face.UnitsPerEm;
        HbFont = new HarfBuzzSharp.Font(_face);
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
        HbFont.TryGetHorizontalFontExtents(out var extents);
        Ascender = extents.Ascender / (float)UnitsPerEm;
        Descender = -extents.Descender / (float)UnitsPerEm;
    }

    /// <summary>Resource name (<c>NotoSans-Regular</c>).</summary>
    public string Name { get; }
    /// <summary>True for the CJK faces (shaped with language zh-Hans).</summary>
    public bool IsChinese => Name.StartsWith("NotoSansSC", StringComparison.Ordinal);
    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }
    /// <summary>Ascender as a fraction of the em.</summary>
    public float Ascender { get; }
    /// <summary>Descender (positive) as a fraction of the em.</summary>
    public float Descender { get; }
    /// <summary>The HarfBuzz font, scaled to design units.</summary>
    public HarfBuzzSharp.Font HbFont { get; }

    /// <summary>Loads an embedded font by name; the assembly's memory backs the blob, so nothing is copied.</summary>
    public static unsafe FontFace LoadEmbedded(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Publisher.Pdf.Fonts.{name}.ttf")
                     ?? throw new InvalidOperationException($"font resource {name}.ttf is missing from Publisher.Pdf");
        if (stream is UnmanagedMemoryStream ums)
            return new FontFace(name, new HarfBuzzSharp.Blob((IntPtr)ums.PositionPointer, (int)ums.Length, HarfBuzzSharp.MemoryMode.ReadOnly));
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return new FontFace(name, HarfBuzzSharp.Blob.FromStream(new MemoryStream(ms.ToArray())));
    }

    /// <summary>True when the font maps the code point to a real glyph.</summary>
    public bool Has(int codePoint)
    {
        if (codePoint is < 0 or > 0xFFFF) return Lookup(codePoint);
        var known = _coverage[codePoint];
        if (known != 0) return known == 1;
        var has = Lookup(codePoint);
        _coverage[codePoint] = has ? (byte)1 : (byte)2;
        return has;
    }

    private bool Lookup(int codePoint) => HbFont.TryGetNominalGlyph((uint)codePoint, out var g) && g != 0;

    /// <summary>Words already shaped with this font (see <see cref="TextShaper"/>); shared by the shaping threads.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, ShapedWord> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Remembers code points drawn with this font, for subsetting.</summary>
    public void MarkUsed(string text, int start, int length)
    {
        lock (_gate)
        {
            for (var i = start; i < start + length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < start + length) { _used.Add(char.ConvertToUtf32(text[i], text[i + 1])); i++; }
                else _used.Add(text[i]);
            }
        }
    }

    /// <summary>True when anything was drawn with this font.</summary>
    public bool IsUsed { get { lock (_gate) return _used.Count > 0; } }

    /// <summary>The typeface to draw with: a subset of the code points used so far (built once, after layout).</summary>
    public SKTypeface DrawingTypeface()
    {
        lock (_gate)
        {
            if (_subset is not null) return _subset;
            // Digits and separators for page numbers drawn after layout.
            foreach (var c in "0123456789 /.,–-…") _used.Add(c);
            var bytes = HarfBuzzSubset.Subset(_face, _used);
            _subset = SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? throw new InvalidOperationException($"Skia could not load the subset of {Name}");
            return _subset;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _subset?.Dispose();
        HbFont.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }
}
