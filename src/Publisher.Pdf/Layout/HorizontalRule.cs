namespace Publisher.Pdf.Layout;

/// <summary>A thin horizontal line across the content width.</summary>
public sealed class HorizontalRule(uint color = 0xFFBBBBBB, float thickness = 0.5f, float spaceAround = 4) : ILayoutBlock
{
    /// <inheritdoc />
    public void Layout(PageFlow flow)
    {
        flow.Space(spaceAround);
        flow.EnsureSpace(thickness + spaceAround);
        flow.Add(new RuleOp(flow.Left, flow.Y, flow.Left + flow.Width, flow.Y, color, thickness));
        flow.Advance(thickness);
        flow.Space(spaceAround);
    }
}
