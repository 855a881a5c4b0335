namespace Publisher.Pdf.Layout;

/// <summary>One laid-out line: its pieces, width and vertical metrics (points).</summary>
internal sealed record TextLine(IReadOnlyList<GlyphRun> Runs, float Width, float Ascent, float Descent)
{
    /// <summary>Line box height without extra leading.</summary>
    public float Height => Ascent + Descent;
}
