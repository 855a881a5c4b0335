namespace Publisher.Pdf.Handbook;

/// <summary>A chapter written in Markdown placed before the catalog chapters (preface, reading guide).</summary>
/// <param name="Name">File name, used for diagnostics and as the title when the text has no <c># heading</c>.</param>
/// <param name="Markdown">The Markdown text.</param>
public sealed record FrontMatterChapter(string Name, string Markdown);
