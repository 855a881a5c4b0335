namespace Publisher.Pdf.Layout;

/// <summary>Spacing and alignment of a paragraph (points).</summary>
public sealed record ParagraphStyle
{
    /// <summary>Space above (dropped at the top of a page).</summary>
    public float SpaceBefore { get; init; }
    /// <summary>Space below.</summary>
    public float SpaceAfter { get; init; } = 4;
    /// <summary>Line height as a multiple of the font size.</summary>
    public float LineHeight { get; init; } = 1.45f;
    /// <summary>Left indent of every line.</summary>
    public float Indent { get; init; }
    /// <summary>Extra indent of the first line (negative for a hanging indent).</summary>
    public float FirstLineIndent { get; init; }
    /// <summary>Right indent.</summary>
    public float RightIndent { get; init; }
    /// <summary>Alignment.</summary>
    public TextAlign Align { get; init; } = TextAlign.Left;
    /// <summary>Height that must fit below the first line, so a heading is not left alone at a page end.</summary>
    public float KeepWithNext { get; init; }
}
