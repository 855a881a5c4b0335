namespace Publisher.Pdf.Layout;

/// <summary>
/// The shipped fonts of one document and the fallback chain of each role (Latin → CJK → mono):
/// the first font that has a glyph for a character draws it. Never consults system fonts.
/// </summary>
internal sealed class FontLibrary : IDisposable
{
    /// <summary>Every font file shipped in <c>Fonts/</c>, without extension.</summary>
    public static readonly IReadOnlyList<string> ShippedFonts =
        ["NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSansMono-Regular", "NotoSansSC-Regular", "NotoSansSC-Bold"];

    private readonly Dictionary<string, FontFace> _faces = [];
    private readonly Dictionary<FontRole, FontFace[]> _chains;

    /// <summary>Loads the shipped fonts.</summary>
    public FontLibrary()
    {
        FontFace F(string n) => _faces.TryGetValue(n, out var f) ? f : _faces[n] = FontFace.LoadEmbedded(n);
        _chains = new()
        {
            [FontRole.Regular] = [F("NotoSans-Regular"), F("NotoSansSC-Regular"), F("NotoSansMono-Regular")],
            [FontRole.Bold] = [F("NotoSans-Bold"), F("NotoSansSC-Bold"), F("NotoSansMono-Regular")],
            [FontRole.Italic] = [F("NotoSans-Italic"), F("NotoSansSC-Regular"), F("NotoSansMono-Regular")],
            [FontRole.Mono] = [F("NotoSansMono-Regular"), F("NotoSans-Regular"), F("NotoSansSC-Regular")],
        };
    }

    /// <summary>All loaded fonts.</summary>
    public IEnumerable<FontFace> Faces => _faces.Values;

    /// <summary>The fallback chain for a role, preferred font first.</summary>
    public IReadOnlyList<FontFace> Chain(FontRole role) => _chains[role];

    /// <summary>The first font of the role's chain with a glyph for the code point, or null.</summary>
    public FontFace? Find(FontRole role, int codePoint)
    {
        foreach (var f in _chains[role]) if (f.Has(codePoint)) return f;
        return null;
    }

    /// <summary>True when some shipped font can draw the code point.</summary>
    public bool CanDraw(int codePoint) => Find(FontRole.Regular, codePoint) is not null;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var f in _faces.Values) f.Dispose();
    }
}
