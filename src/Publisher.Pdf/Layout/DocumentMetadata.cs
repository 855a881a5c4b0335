namespace Publisher.Pdf.Layout;

/// <summary>The PDF's document information (shown by readers under "Properties").</summary>
public sealed record DocumentMetadata
{
    /// <summary>Title.</summary>
    public string Title { get; init; } = "";
    /// <summary>Author.</summary>
    public string? Author { get; init; }
    /// <summary>Subject.</summary>
    public string? Subject { get; init; }
    /// <summary>Keywords, comma separated.</summary>
    public string? Keywords { get; init; }
    /// <summary>Creation date; fixed dates give byte-identical output.</summary>
    public DateTimeOffset? Created { get; init; }
}
