namespace Publisher.Importers;

/// <summary>
/// Reads one style of input. Importers are chosen by content: each scores how well a document
/// matches its style and the highest score wins (ties go to the earlier-registered importer).
/// </summary>
public interface IImporter
{
    /// <summary>Short stable name used in provenance and <c>--importer</c> (<c>digest</c>, <c>bibtex</c>).</summary>
    string Name { get; }

    /// <summary>0 (not this style) to 100 (certainly this style); <see cref="ImporterRegistry.CertainScore"/> (95) or more
    /// stops detection at this importer, so only a format with an unambiguous signature may score that high.</summary>
    int Detect(SourceDocument document);

    /// <summary>True for citation formats (BibTeX, RIS, CSV, CSL-JSON) that state each entry exactly; free-form
    /// lists (false) get the coverage check for paper links the importer did not take.</summary>
    bool IsStructured => false;

    /// <summary>Reads the document. Must not throw on bad input: record a diagnostic and go on.</summary>
    ImportResult Import(SourceDocument document);
}
