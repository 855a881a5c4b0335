namespace Publisher.Writers;

/// <summary>Choices shared by the citation writers; each writer ignores what does not apply to it.</summary>
public sealed record CitationWriterOptions
{
    /// <summary>The defaults: UTF-8, plain.bst-safe entry types, abstracts in RIS, CSL-JSON and Zotero RDF but not in BibTeX.</summary>
    public static CitationWriterOptions Default { get; } = new();

    /// <summary>BibTeX: write non-ASCII letters as LaTeX accents (<c>M{\"u}ller</c>) instead of UTF-8. Default false.</summary>
    public bool Ascii { get; init; }

    /// <summary>
    /// BibTeX: use biblatex's <c>@software</c> and <c>@online</c> for repositories and web pages. Default false,
    /// because <c>plain.bst</c> does not know those types and warns; <c>@misc</c> with <c>howpublished</c> is used instead.
    /// </summary>
    public bool BibLaTeXTypes { get; init; }

    /// <summary>
    /// BibTeX: write the abstract (English first; a Chinese summary only when no English one exists). Default false, because
    /// BibTeX files are mostly read by LaTeX. RIS, CSL-JSON and Zotero RDF write abstracts unless <see cref="NoAbstract"/>.
    /// </summary>
    public bool WithAbstract { get; init; }

    /// <summary>
    /// BibTeX: carry "et al." as a <c>note</c> instead of the name <c>others</c> (<c>--et-al-note</c>). Default false,
    /// because bibtex and biber need <c>and others</c> to print "et al."; Zotero's BibTeX import, however, makes
    /// <c>others</c> an author, so a file meant for Zotero is better written with this on.
    /// </summary>
    public bool EtAlAsNote { get; init; }

    /// <summary>Every format: leave abstracts out (<c>--no-abstract</c>); wins over <see cref="WithAbstract"/>. Default false.</summary>
    public bool NoAbstract { get; init; }
}
