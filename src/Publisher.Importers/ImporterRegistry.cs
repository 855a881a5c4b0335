namespace Publisher.Importers;

/// <summary>
/// The importers Publisher knows, in priority order (earlier wins a tie in <see cref="IImporter.Detect"/>, and a
/// score of <see cref="CertainScore"/> or more ends detection). To add an importer: implement <see cref="IImporter"/> in its own folder and add it to <see cref="CreateDefault"/>.
/// </summary>
public sealed partial class ImporterRegistry
{
    private readonly List<IImporter> _importers;

    /// <summary>Creates a registry with the given importers, in priority order.</summary>
    public ImporterRegistry(IEnumerable<IImporter> importers) => _importers = importers.ToList();

    /// <summary>All importers in priority order.</summary>
    public IReadOnlyList<IImporter> Importers => _importers;

    /// <summary>The importer used when no other scores above zero (generic Markdown), if registered.</summary>
    public IImporter? Fallback { get; init; }

    /// <summary>Every built-in importer.</summary>
    public static ImporterRegistry CreateDefault() => new(
    [
        // Structured formats first: their signatures are unambiguous.
        new BibTeX.BibTeXImporter(),
        new Ris.RisImporter(),
        new Csv.CsvImporter(),
        new CslJson.CslJsonImporter(),
        new IdList.ArxivIdListImporter(),
        // Reading-list styles.
        new ReadingLists.Digest.NewsletterDigestImporter(),
        new ReadingLists.Reposted.RepostedListImporter(),
        new ReadingLists.Awesome.AwesomeListImporter(),
        new ReadingLists.Catalogue.ProjectCatalogueImporter(),
        new ReadingLists.Survey.SurveyHandbookImporter(),
    ]) { Fallback = new ReadingLists.GenericMarkdown.GenericMarkdownImporter() };

    /// <summary>Finds an importer by name (case-insensitive).</summary>
    public IImporter? Find(string name) =>
        _importers.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (Fallback is not null && string.Equals(Fallback.Name, name, StringComparison.OrdinalIgnoreCase) ? Fallback : null);

    /// <summary>
    /// The highest detection score any built-in importer gives (a structured format with an unambiguous signature).
    /// The first importer to reach it is chosen without asking the rest: ties go to the earlier importer anyway, so
    /// no choice changes, and a large BibTeX file is spared nine reading-list detectors over its 256 KB sample.
    /// </summary>
    public const int CertainScore = 95;

    /// <summary>The best-scoring importer for a document, or the fallback.</summary>
    public IImporter? Choose(SourceDocument document)
    {
        IImporter? best = null;
        var bestScore = 0;
        var fencedMarkdown = IsMarkdownWithFences(document);
        foreach (var importer in _importers)
        {
            if (fencedMarkdown && importer.IsStructured) continue;
            int score;
            try { score = importer.Detect(document); }
            catch (Exception) { score = 0; } // A detector bug must not stop other importers from being tried.
            if (score > bestScore) { best = importer; bestScore = score; }
            if (bestScore >= CertainScore) break;
        }
        return best ?? Fallback;
    }

    // A README that cites itself in a ```bibtex fence is a Markdown reading list, not a BibTeX file:
    // handing it to the BibTeX importer silently dropped every other entry.
    private static bool IsMarkdownWithFences(SourceDocument document) =>
        document.Text.Contains("```", StringComparison.Ordinal) && MarkdownHeading().IsMatch(document.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^#{1,6} \S", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MarkdownHeading();
}
