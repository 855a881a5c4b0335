namespace Publisher.Pdf.Layout;

/// <summary>Records the current page under names without drawing anything (citations inside a table, which holds plain text).</summary>
public sealed class PageMark(IReadOnlyList<string> names) : ILayoutBlock
{
    /// <inheritdoc />
    public void Layout(PageFlow flow)
    {
        foreach (var name in names) flow.Mark(name);
    }
}
