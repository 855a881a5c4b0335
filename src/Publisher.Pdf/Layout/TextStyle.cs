namespace Publisher.Pdf.Layout;

/// <summary>How a run of text looks.</summary>
/// <param name="Role">Which face (and fallback chain).</param>
/// <param name="Size">Size in points.</param>
/// <param name="Color">ARGB colour.</param>
public sealed record TextStyle(FontRole Role = FontRole.Regular, float Size = 10f, uint Color = 0xFF222222)
{
    /// <summary>The same style in another size.</summary>
    public TextStyle WithSize(float size) => this with { Size = size };
    /// <summary>The same style in another face.</summary>
    public TextStyle WithRole(FontRole role) => this with { Role = role };
    /// <summary>The same style in another colour.</summary>
    public TextStyle WithColor(uint color) => this with { Color = color };
}
