namespace Publisher.Pdf.Layout;

/// <summary>What is known only after layout: page count and the page of each named destination.</summary>
public sealed class RenderInfo(int pageCount, IReadOnlyDictionary<string, int> destinations, IReadOnlyDictionary<string, List<int>>? marks = null)
{
    private static readonly Dictionary<string, List<int>> NoMarks = [];

    /// <summary>Size of the PDF written, in bytes (0 until written).</summary>
    public long Bytes { get; internal set; }
    /// <summary>Number of pages.</summary>
    public int PageCount { get; } = pageCount;
    /// <summary>Destination name → 1-based page number.</summary>
    public IReadOnlyDictionary<string, int> Destinations { get; } = destinations;
    /// <summary>The 1-based page of a destination, or 0 when unknown.</summary>
    public int PageOf(string destination) => Destinations.TryGetValue(destination, out var p) ? p : 0;

    /// <summary>The pages (ascending, distinct) on which spans with this anchor were laid out; empty when none.</summary>
    public IReadOnlyList<int> PagesOf(string anchor) => (marks ?? NoMarks).TryGetValue(anchor, out var p) ? p : [];
}
