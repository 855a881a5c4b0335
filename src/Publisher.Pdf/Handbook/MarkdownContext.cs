using Publisher.Model;
using Publisher.Pdf.Formulas;
using Publisher.Pdf.Handbook.Citations;

namespace Publisher.Pdf.Handbook;

/// <summary>What Markdown chapters share while they are rendered: the catalog's citation keys, bibliography numbers, math, page geometry and diagnostics.</summary>
internal sealed class MarkdownContext(Lazy<CitationResolver> resolver, IReadOnlyDictionary<string, int> numbers, MathTypesetter math, float contentWidth, float contentHeight, List<Diagnostic> diagnostics)
{
    /// <summary>Finds cited entries (built on first use).</summary>
    public CitationResolver Resolver => resolver.Value;
    /// <summary>The resolver before it is built, for those that may never need it.</summary>
    public Lazy<CitationResolver> LazyResolver { get; } = resolver;
    /// <summary>Bibliography number of each entry id.</summary>
    public IReadOnlyDictionary<string, int> Numbers { get; } = numbers;
    /// <summary>TeX typesetter (loaded on the first formula).</summary>
    public MathTypesetter Math { get; } = math;
    /// <summary>Width of the text column in points.</summary>
    public float ContentWidth { get; } = contentWidth;
    /// <summary>Height of the text area in points.</summary>
    public float ContentHeight { get; } = contentHeight;
    /// <summary>Where warnings go.</summary>
    public List<Diagnostic> Diagnostics { get; } = diagnostics;
    /// <summary>Ids of entries that some citation points at (their bibliography entries get a destination and "cited on").</summary>
    public HashSet<string> CitedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The named destination of an entry's bibliography line.</summary>
    public static string BibliographyDestination(int number) => "bib-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The anchor name whose pages list where an entry is cited.</summary>
    public static string CitationAnchor(string entryId) => "cite:" + entryId;

    /// <summary>Adds a warning naming the chapter file and line.</summary>
    public void Warn(string file, int line, string message, string code) =>
        Diagnostics.Add(new Diagnostic(file, line, Severity.Warning, message, code));
}
