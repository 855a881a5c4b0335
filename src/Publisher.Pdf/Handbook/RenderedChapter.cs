using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

/// <summary>A Markdown chapter laid out as blocks, with its contents lines and bookmark tree.</summary>
/// <param name="Title">The chapter title (first <c>#</c> heading, else the file name).</param>
/// <param name="Blocks">Its blocks, starting with a page break.</param>
/// <param name="Outline">Bookmarks of its headings (nested by level).</param>
/// <param name="Contents">Contents lines of its headings down to the configured depth.</param>
internal sealed record RenderedChapter(string Title, List<ILayoutBlock> Blocks, List<OutlineItem> Outline, List<ContentsLine> Contents);
