using Publisher.Model;

namespace Publisher.Writers;

/// <summary>
/// Writes a whole catalog in one citation format (BibTeX, RIS, CSL-JSON, CSV). Writers trust the
/// model (importers cleaned it) and never throw on odd content: they escape or drop it.
/// </summary>
public interface ICitationWriter
{
    /// <summary>Format name on the command line (<c>bibtex</c>, <c>ris</c>).</summary>
    string Name { get; }

    /// <summary>File extension with the dot (<c>.bib</c>); <c>publisher build</c> writes <c>library{ext}</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes every entry of <paramref name="catalog"/>, in catalog order, to <paramref name="output"/>.</summary>
    void Write(Catalog catalog, TextWriter output, CitationWriterOptions options);
}
