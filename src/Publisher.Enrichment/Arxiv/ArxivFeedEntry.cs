using Publisher.Model;

namespace Publisher.Enrichment.Arxiv;

/// <summary>One <c>&lt;entry&gt;</c> of an arXiv Atom feed, whitespace collapsed; also the unit stored in the cache.</summary>
public sealed record ArxivFeedEntry
{
    /// <summary>The id with the version arXiv returned (<c>2401.00001v2</c>).</summary>
    public required ArxivId Id { get; init; }
    /// <summary>Title as arXiv spells it.</summary>
    public required string Title { get; init; }
    /// <summary>The abstract.</summary>
    public string? Summary { get; init; }
    /// <summary>Author names in order, as arXiv gives them ("Given Family").</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Date of version 1.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Date of the returned version.</summary>
    public DateOnly? Updated { get; init; }
    /// <summary>Primary category.</summary>
    public string? PrimaryCategory { get; init; }
    /// <summary>All categories, primary first.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>Author comment.</summary>
    public string? Comment { get; init; }
    /// <summary>Journal reference.</summary>
    public string? JournalRef { get; init; }
    /// <summary>DOI of the published version (<c>arxiv:doi</c>), as given.</summary>
    public string? Doi { get; init; }
    /// <summary>The link labelled <c>title="pdf"</c>, when the feed had one (it is not always there).</summary>
    public string? PdfUrl { get; init; }
}
