namespace Publisher.Pdf.Layout;

/// <summary>A PDF bookmark: a title leading to a named destination, with children.</summary>
public sealed record OutlineItem(string Title, string Destination, IReadOnlyList<OutlineItem> Children)
{
    /// <summary>A bookmark without children.</summary>
    public OutlineItem(string title, string destination) : this(title, destination, []) { }
}
