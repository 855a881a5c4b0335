namespace Publisher.Pdf.Layout;

/// <summary>The two page-by-page phases of <see cref="LayoutDocument.Render"/>.</summary>
public enum RenderPhase
{
    /// <summary>Pagination: pages are filled one after another; the page count is not known yet.</summary>
    LayingOut,
    /// <summary>Painting the laid-out pages into the PDF; the page count is known.</summary>
    Writing,
}
