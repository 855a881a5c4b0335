namespace Publisher.Cli.Configuration;

/// <summary>The <c>export</c> section of <c>publisher.json</c>: which citation files <c>publisher build</c> writes and how.</summary>
public sealed record ExportConfig
{
    /// <summary>Whether <c>publisher build</c> runs this stage (default true).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Formats to write as <c>output/library.*</c>; null or empty means every registered format.</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>BibTeX with LaTeX accents instead of UTF-8 (default false).</summary>
    public bool Ascii { get; init; }

    /// <summary>BibTeX with biblatex's <c>@software</c>/<c>@online</c>/<c>@dataset</c> (default false: <c>@misc</c>, which plain.bst knows).</summary>
    public bool BibLaTeXTypes { get; init; }

    /// <summary>BibTeX: include abstracts (default false; RIS, CSL-JSON and Zotero RDF include them anyway).</summary>
    public bool WithAbstract { get; init; }

    /// <summary>Leave abstracts out of every format (default false; wins over <see cref="WithAbstract"/>). Added for issue 13.</summary>
    public bool NoAbstract { get; init; }

    /// <summary>BibTeX: "et al." as a note instead of <c>and others</c>, for Zotero (default false). See <c>--et-al-note</c>.</summary>
    public bool EtAlAsNote { get; init; }

    /// <summary>File name without extension (default <c>library</c>).</summary>
    public string BaseName { get; init; } = "library";
}
