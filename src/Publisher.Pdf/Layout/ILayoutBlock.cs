namespace Publisher.Pdf.Layout;

/// <summary>A block of the document: measures itself against the flow's width and places its slices (lines, rows) on pages.</summary>
public interface ILayoutBlock
{
    /// <summary>Lays the block out from the flow's current position.</summary>
    void Layout(PageFlow flow);
}
