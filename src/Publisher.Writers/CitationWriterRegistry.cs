using Publisher.Writers.BibTeX;
using Publisher.Writers.Ris;

namespace Publisher.Writers;

/// <summary>The citation formats Publisher can write; <c>publisher export --format</c> and the build's export stage use this list.</summary>
public static class CitationWriterRegistry
{
    /// <summary>Every citation writer, in the order the build writes them.</summary>
    public static IReadOnlyList<ICitationWriter> All { get; } =
    [
        new BibTeXWriter(),
        new RisWriter(),
        new CslJson.CslJsonWriter(),
        new Csv.CsvCatalogWriter(),
        new ZoteroRdf.ZoteroRdfWriter(),
    ];

    /// <summary>Finds a writer by name (case-insensitive), or null.</summary>
    public static ICitationWriter? Find(string name) =>
        All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
}
