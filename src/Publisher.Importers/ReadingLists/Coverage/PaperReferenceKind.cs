namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>What kind of paper reference the coverage pass found in the raw text.</summary>
public enum PaperReferenceKind
{
    /// <summary>An arXiv abs/pdf/html URL with a valid id.</summary>
    ArxivUrl,
    /// <summary>A plain mention such as <c>arXiv:2303.06146</c> or <c>arXiv preprint arXiv:…</c>.</summary>
    ArxivMention,
    /// <summary>A <c>doi.org</c> link.</summary>
    Doi,
    /// <summary>A paper page on a known proceedings or index site (ACL Anthology, OpenReview, Semantic Scholar …).</summary>
    PaperPage,
    /// <summary>Looks like an arXiv link but the id is not valid: it can only be reported.</summary>
    InvalidArxiv,
}
