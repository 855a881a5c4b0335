namespace Publisher.Pdf.Layout;

/// <summary>Where a piece of text leads: an external URL or a named destination in the document.</summary>
/// <param name="Url">An http(s) URL (already checked safe by the caller), or null.</param>
/// <param name="Destination">A named destination in this document, or null.</param>
public sealed record LinkTarget(string? Url, string? Destination)
{
    /// <summary>A link to a web page.</summary>
    public static LinkTarget ToUrl(string url) => new(url, null);
    /// <summary>A link inside the document.</summary>
    public static LinkTarget ToDestination(string name) => new(null, name);
}
