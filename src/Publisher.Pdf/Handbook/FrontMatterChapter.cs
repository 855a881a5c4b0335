namespace Publisher.Pdf.Handbook;

/// <summary>A chapter written in Markdown (front matter, or a numbered chapter of the book).</summary>
/// <param name="Name">File name or path as the user gave it, used in diagnostics (file:line) and as the title when the text has no <c># heading</c>.</param>
/// <param name="Markdown">The Markdown text.</param>
public sealed record FrontMatterChapter(string Name, string Markdown)
{
    /// <summary>Folder that image paths are relative to (the chapter file's folder); null: images cannot be found.</summary>
    public string? BaseDirectory { get; init; }
}
