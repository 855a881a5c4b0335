namespace Publisher.Pdf.Layout;

/// <summary>A piece of a paragraph: text, its style and an optional link.</summary>
public sealed record Span(string Text, TextStyle Style, LinkTarget? Link = null);
