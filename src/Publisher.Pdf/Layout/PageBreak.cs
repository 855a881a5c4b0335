namespace Publisher.Pdf.Layout;

/// <summary>Starts a new page, optionally changing the running header and whether header/footer are drawn.</summary>
public sealed class PageBreak(string? runningHeader = null, bool decorate = true, bool keepHeader = false) : ILayoutBlock
{
    /// <inheritdoc />
    public void Layout(PageFlow flow)
    {
        if (!keepHeader) flow.RunningHeader = runningHeader;
        flow.Decorate = decorate;
        flow.NewPage();
    }
}
