namespace Publisher.Pdf.Handbook;

/// <summary>Where inline Markdown is being drawn: it decides whether a formula or image can stand as a block of its own.</summary>
internal enum InlinePlace
{
    /// <summary>A paragraph or list item: display formulas and images break out as blocks.</summary>
    Body,
    /// <summary>A heading (and the chapter title): one line of text; formulas print as their source.</summary>
    Heading,
    /// <summary>A figure caption (the image's alt text).</summary>
    Caption,
    /// <summary>A table cell.</summary>
    Cell,
}
