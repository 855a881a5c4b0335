namespace Publisher.Pdf.Layout;

/// <summary>A page as layout left it: draw operations, plus the running header in force.</summary>
internal sealed class Page(int number, string? header, bool decorated)
{
    /// <summary>1-based page number.</summary>
    public int Number { get; } = number;
    /// <summary>Running header text (current chapter), if any.</summary>
    public string? Header { get; } = header;
    /// <summary>Whether header and footer are drawn (not on the cover).</summary>
    public bool Decorated { get; } = decorated;
    /// <summary>What to paint.</summary>
    public List<DrawOp> Ops { get; } = [];
}
