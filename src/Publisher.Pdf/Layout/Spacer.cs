namespace Publisher.Pdf.Layout;

/// <summary>Vertical space (dropped at the top of a page).</summary>
public sealed class Spacer(float height) : ILayoutBlock
{
    /// <inheritdoc />
    public void Layout(PageFlow flow) => flow.Space(height);
}
