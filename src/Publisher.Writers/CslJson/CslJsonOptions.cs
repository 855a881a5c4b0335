using Publisher.Model;

namespace Publisher.Writers.CslJson;

/// <summary>Choices for <see cref="CslJsonWriter"/>; the defaults suit Zotero and pandoc.</summary>
public sealed record CslJsonOptions
{
    /// <summary>The defaults.</summary>
    public static CslJsonOptions Default { get; } = new();

    /// <summary>
    /// Picks each item's <c>id</c> (the citation key pandoc users type after <c>@</c>). Null (the default)
    /// uses the catalog id (<c>arxiv:2106.09685</c>); the CLI may pass the BibTeX key function so that
    /// <c>@vaswani2017attention</c> works with both files.
    /// </summary>
    public Func<Entry, string>? CitationKey { get; init; }

    /// <summary>
    /// Gives entries with an arXiv id arXiv's DataCite DOI (<c>10.48550/arXiv.{id}</c>) when they have no
    /// DOI of their own, as Zotero's arXiv import does and as the other formats do. Default true.
    /// </summary>
    public bool ArxivDataCiteDoi { get; init; } = true;

    /// <summary>Puts Chinese headlines and summaries in <c>note</c>. Default false: most styles print notes.</summary>
    public bool IncludeChineseNotes { get; init; }

    /// <summary>
    /// Wraps words whose case carries meaning (<c>GPT-4V</c>, <c>7B</c>, <c>LoRA</c>, <c>iPhone</c>) in
    /// <c>&lt;span class="nocase"&gt;</c>, the CSL markup Zotero and citeproc honour, so that title-casing styles
    /// do not print "GPT-4v" or "7b". Default true.
    /// </summary>
    public bool ProtectCase { get; init; } = true;

    /// <summary>
    /// Types repositories and model weights as CSL 1.0.2 <c>software</c> instead of <c>webpage</c>. Default false:
    /// Zotero's CSL JSON import does not know <c>software</c> and then rejects the whole file; pandoc reads both.
    /// </summary>
    public bool SoftwareType { get; init; }

    /// <summary>Writes <c>abstract</c> (arXiv's abstract, else an English summary). Default true; <c>--no-abstract</c> turns it off.</summary>
    public bool Abstracts { get; init; } = true;

    /// <summary>Indents the JSON (default true: the file is meant to be read and diffed).</summary>
    public bool Indented { get; init; } = true;
}
