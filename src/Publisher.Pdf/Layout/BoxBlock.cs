namespace Publisher.Pdf.Layout;

/// <summary>
/// A box on a line of its own (a display formula, a figure): aligned in the content width, moved to
/// the next page whole when it does not fit, optionally kept with what follows (its caption).
/// </summary>
public sealed class BoxBlock(InlineBox box, TextAlign align = TextAlign.Center, float spaceBefore = 4, float spaceAfter = 4, float keepWithNext = 0, string? destination = null) : ILayoutBlock
{
    /// <summary>What is drawn.</summary>
    public InlineBox Box { get; } = box;

    /// <inheritdoc />
    public void Layout(PageFlow flow)
    {
        flow.Space(spaceBefore);
        var height = Box.Ascent + Box.Descent;
        flow.EnsureSpace(height + keepWithNext);
        if (destination is not null) flow.Destination(destination);
        var x = flow.Left + align switch
        {
            TextAlign.Center => Math.Max(0, (flow.Width - Box.Width) / 2),
            TextAlign.Right => Math.Max(0, flow.Width - Box.Width),
            _ => 0,
        };
        flow.Add(new BoxOp(Box, x, flow.Y + Box.Ascent));
        flow.Advance(height);
        flow.Space(spaceAfter);
    }
}
