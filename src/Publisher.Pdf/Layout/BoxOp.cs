namespace Publisher.Pdf.Layout;

/// <summary>A box painted at a baseline.</summary>
internal sealed record BoxOp(InlineBox Box, float X, float Baseline) : DrawOp
{
    /// <inheritdoc />
    public override void Draw(DrawContext context) => Box.Draw(context.Canvas, X, Baseline);
}
