namespace Publisher.Pdf.Layout;

/// <summary>One thing placed on a page by layout and painted later, when page numbers are known.</summary>
internal abstract record DrawOp
{
    /// <summary>Paints onto the page.</summary>
    public abstract void Draw(DrawContext context);
}
