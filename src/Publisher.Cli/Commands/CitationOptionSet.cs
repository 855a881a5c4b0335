using System.CommandLine;
using Publisher.Writers;

namespace Publisher.Cli.Commands;

/// <summary>The citation-writer flags <c>export</c> and <c>convert</c> share, declared once so both verbs read them alike.</summary>
internal sealed class CitationOptionSet
{
    private readonly Option<bool> _ascii = new("--ascii") { Description = "BibTeX: write accents as LaTeX ({\\\"u}) instead of UTF-8." };
    private readonly Option<bool> _biblatex = new("--biblatex-types") { Description = "BibTeX: use @software/@online/@dataset (biblatex) instead of @misc (plain.bst)." };
    private readonly Option<bool> _withAbstract = new("--with-abstract") { Description = "BibTeX: include abstracts (RIS, CSL-JSON and Zotero RDF include them unless --no-abstract)." };
    // Issue 13: abstracts are on by default in RIS, CSL-JSON and Zotero RDF; this leaves them out everywhere.
    private readonly Option<bool> _noAbstract = new("--no-abstract") { Description = "Leave abstracts out of every format (wins over --with-abstract)." };
    private readonly Option<bool> _etAlNote = new("--et-al-note") { Description = "BibTeX: write \"et al.\" as a note instead of 'and others' (Zotero's BibTeX import makes 'others' an author)." };

    /// <summary>Adds the flags to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new[] { _ascii, _biblatex, _withAbstract, _noAbstract, _etAlNote }) command.Options.Add(option);
    }

    /// <summary>The writer options the parsed flags stand for.</summary>
    public CitationWriterOptions Read(ParseResult parse) => new()
    {
        Ascii = parse.GetValue(_ascii),
        BibLaTeXTypes = parse.GetValue(_biblatex),
        WithAbstract = parse.GetValue(_withAbstract),
        NoAbstract = parse.GetValue(_noAbstract),
        EtAlAsNote = parse.GetValue(_etAlNote),
    };
}
