namespace Publisher.Pdf.Layout;

/// <summary>A piece of a paragraph: text, its style and an optional link.</summary>
public sealed record Span(string Text, TextStyle Style, LinkTarget? Link = null)
{
    /// <summary>A box drawn in the line instead of text (then <see cref="Text"/> is the object replacement character).</summary>
    public InlineBox? Box { get; init; }
    /// <summary>A name whose page is recorded when the span is laid out (a citation, for "cited on p. N").</summary>
    public string? Anchor { get; init; }

    /// <summary>A span that draws a box inside the line.</summary>
    public static Span Of(InlineBox box, TextStyle style, LinkTarget? link = null) => new(ObjectReplacement, style, link) { Box = box };

    /// <summary>U+FFFC, the text that stands for a box.</summary>
    public const string ObjectReplacement = "\uFFFC";
}
