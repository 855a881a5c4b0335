namespace Publisher.Pdf.Layout;

/// <summary>Page size and margins in points (1/72 inch). Defaults: A4, 56 pt (~2 cm) margins.</summary>
public sealed record PageSetup
{
    /// <summary>A4 width.</summary>
    public const float A4Width = 595.28f;
    /// <summary>A4 height.</summary>
    public const float A4Height = 841.89f;

    /// <summary>Page width.</summary>
    public float Width { get; init; } = A4Width;
    /// <summary>Page height.</summary>
    public float Height { get; init; } = A4Height;
    /// <summary>Top margin (the running header sits inside it).</summary>
    public float MarginTop { get; init; } = 62;
    /// <summary>Bottom margin (the footer sits inside it).</summary>
    public float MarginBottom { get; init; } = 56;
    /// <summary>Left margin.</summary>
    public float MarginLeft { get; init; } = 56;
    /// <summary>Right margin.</summary>
    public float MarginRight { get; init; } = 56;

    /// <summary>Width available to content.</summary>
    public float ContentWidth => Width - MarginLeft - MarginRight;
    /// <summary>Height available to content.</summary>
    public float ContentHeight => Height - MarginTop - MarginBottom;

    /// <summary>Named sizes: <c>A4</c>, <c>A5</c>, <c>Letter</c>; null for unknown names.</summary>
    public static PageSetup? Named(string name) => name.Trim().ToUpperInvariant() switch
    {
        "A4" => new PageSetup(),
        "A5" => new PageSetup { Width = 419.53f, Height = 595.28f, MarginLeft = 42, MarginRight = 42, MarginTop = 54, MarginBottom = 48 },
        "LETTER" => new PageSetup { Width = 612, Height = 792 },
        _ => null,
    };
}
