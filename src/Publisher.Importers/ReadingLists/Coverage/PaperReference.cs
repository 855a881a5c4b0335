using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>One paper link or arXiv-id mention in a document's raw text.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Key">Identity used to decide coverage: <c>a:</c> arXiv base id, <c>d:</c> DOI, <c>p:</c> normalised page URL, <c>x:</c> invalid text.</param>
/// <param name="Url">The link to keep on an entry (typos such as <c>hhttps://</c> repaired), or null for a mention.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Offset">Character offset in <see cref="SourceDocument.Text"/>.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Arxiv">The arXiv id, for arXiv references.</param>
/// <param name="Doi">The DOI, for DOI links.</param>
public sealed record PaperReference(PaperReferenceKind Kind, string Key, string? Url, string Text, int Offset, int Line, ArxivId? Arxiv = null, Doi? Doi = null)
{
    /// <summary>True for arXiv links and mentions with a valid id.</summary>
    public bool IsArxiv => Kind is PaperReferenceKind.ArxivUrl or PaperReferenceKind.ArxivMention;

    /// <summary>True when the scanner repaired the URL as written (a typo such as <c>hhttps://</c>, a missing scheme).</summary>
    public bool WasRepaired => Url is not null && Kind == PaperReferenceKind.ArxivUrl && Url != Text && Text.Contains("://", StringComparison.Ordinal);
}
