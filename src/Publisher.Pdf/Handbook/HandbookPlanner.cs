using Publisher.Model;
using Publisher.Pdf.Handbook.Citations;

namespace Publisher.Pdf.Handbook;

/// <summary>
/// Decides the book's structure from the catalog: which topics become chapters (configured
/// chapters first, merges and renames included), sections from the next topic segment, and
/// entries in the order the source lists gave them.
/// </summary>
public static class HandbookPlanner
{
    private const string Separator = " / ";

    /// <summary>Plans the chapters of a catalog.</summary>
    public static HandbookPlan Plan(Catalog catalog, HandbookOptions options)
    {
        var inputIndex = catalog.Inputs.Select((input, i) => (input.File, i)).GroupBy(x => x.File).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var ordered = catalog.Entries
            .Select(e => (Entry: e, Key: SourceKey(e, inputIndex)))
            .OrderBy(x => x.Key.Input).ThenBy(x => x.Key.Line).ThenBy(x => x.Entry.Id, StringComparer.Ordinal)
            .Select(x => x.Entry);

        var chapters = new List<ChapterBuilder>();
        var byKey = new Dictionary<string, ChapterBuilder>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in options.Chapters)
        {
            var builder = new ChapterBuilder(spec.Title) { Markdown = spec.Markdown };
            chapters.Add(builder);
            byKey["spec:" + spec.Title] = builder;
        }
        ChapterBuilder? other = null;

        ChapterBuilder? Place(string? topic, out string section)
        {
            section = "";
            if (topic is null) return null;
            var segments = topic.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0) return null;
            foreach (var spec in options.Chapters)
                foreach (var pattern in spec.Topics)
                {
                    var p = pattern.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    if (p.Length == 0 || p.Length > segments.Length) continue;
                    if (!p.Select((s, i) => string.Equals(s, segments[i], StringComparison.OrdinalIgnoreCase)).All(b => b)) continue;
                    section = segments.Length > p.Length ? WithoutNumber(segments[p.Length]) : "";
                    return byKey["spec:" + spec.Title];
                }
            if (!options.IncludeUnmappedTopics) return null;
            section = segments.Length > 1 ? WithoutNumber(segments[1]) : "";
            if (!byKey.TryGetValue("topic:" + segments[0], out var chapter))
            {
                chapter = new ChapterBuilder(WithoutNumber(segments[0]));
                chapters.Add(chapter);
                byKey["topic:" + segments[0]] = chapter;
            }
            return chapter;
        }

        foreach (var entry in ordered)
        {
            ChapterBuilder? chapter = null;
            var section = "";
            foreach (var topic in entry.Topics)
                if ((chapter = Place(topic, out section)) is not null) break;
            if (chapter is null)
            {
                if (entry.Topics.Count > 0 && !options.IncludeUnmappedTopics) continue;
                if (entry.Topics.Count == 0 && options.Chapters.Count > 0 && !options.IncludeUnmappedTopics) continue;
                other ??= new ChapterBuilder(options.OtherChapterTitle);
                chapter = other;
                section = "";
            }
            chapter.Add(section, entry);
        }
        foreach (var table in catalog.Tables)
        {
            var chapter = Place(table.Topic, out _);
            if (chapter is null)
            {
                if (!options.IncludeUnmappedTopics) continue;
                other ??= new ChapterBuilder(options.OtherChapterTitle);
                chapter = other;
            }
            chapter.Tables.Add(table);
        }
        if (other is not null) chapters.Add(other);

        var planned = new List<PlannedChapter>();
        foreach (var c in chapters.Where(c => c.HasContent))
        {
            var number = planned.Count + 1;
            var sections = new List<PlannedSection>();
            var titled = 0;
            foreach (var (title, entries) in c.Sections)
                sections.Add(new PlannedSection(title.Length == 0 ? "" : $"{number}.{++titled}", title, entries));
            planned.Add(new PlannedChapter(number, c.Title, sections, c.Tables) { Markdown = c.Markdown });
        }
        return Number(catalog, options, planned);
    }

    /// <summary>
    /// Bibliography numbers: the works the Markdown chapters cite (in order of first citation, or by
    /// author), then every other printed entry in print order. A cited work outside the printed
    /// chapters still gets its bibliography entry.
    /// </summary>
    private static HandbookPlan Number(Catalog catalog, HandbookOptions options, List<PlannedChapter> planned)
    {
        var markdown = options.FrontMatter.Concat(planned.Where(c => c.Markdown is not null).Select(c => c.Markdown!)).ToList();
        var resolver = new Lazy<CitationResolver>(() => new CitationResolver(catalog.Entries));
        var cited = CitationScanner.FirstCitations(markdown, resolver);
        var byId = catalog.Entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<Entry>();
        foreach (var e in cited.Select(id => byId[id]).Concat(planned.SelectMany(c => c.Entries)))
            if (seen.Add(e.Id)) order.Add(e);
        if (options.BibliographyOrder == BibliographyOrder.Author)
            order = order.OrderBy(e => e.Authors.FirstOrDefault(a => !a.IsOthers)?.FamilyWithParticle ?? "\uffff", StringComparer.InvariantCultureIgnoreCase)
                .ThenBy(e => e.Year ?? int.MaxValue).ThenBy(e => e.Title, StringComparer.InvariantCultureIgnoreCase).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var refs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in order) refs[e.Id] = refs.Count + 1;
        // A Markdown chapter's title is its heading's text, citations printed as numbers: the same derivation the renderer prints.
        var printer = new CitationPrinter(resolver, refs, t => PdfText.Clean(t));
        planned = planned.Select(c => c.Markdown is { } md ? c with { Title = ParsedChapter.Of(md).Title(printer) } : c).ToList();
        return new HandbookPlan(planned, refs) { Bibliography = order, Cited = cited, Resolver = resolver };
    }

    // Source headings carry their own numbers ("2.1 数据集"); the handbook numbers chapters itself.
    private static string WithoutNumber(string heading) => HandbookMarkdown.WithoutNumber(heading);

    private static (int Input, int Line) SourceKey(Entry e, Dictionary<string, int> inputIndex)
    {
        var best = (Input: int.MaxValue, Line: int.MaxValue);
        foreach (var s in e.Sources)
        {
            var key = (inputIndex.TryGetValue(s.File, out var i) ? i : int.MaxValue - 1, s.Line);
            if (key.CompareTo(best) < 0) best = key;
        }
        return best;
    }

    private sealed class ChapterBuilder(string title)
    {
        private readonly List<(string Title, List<Entry> Entries)> _sections = [];

        public string Title { get; } = title;
        public List<SourceTable> Tables { get; } = [];
        public FrontMatterChapter? Markdown { get; init; }
        public bool HasContent => _sections.Count > 0 || Tables.Count > 0 || Markdown is not null;

        // The untitled section (entries directly under the chapter) always comes first.
        public IEnumerable<(string Title, List<Entry> Entries)> Sections =>
            _sections.Where(s => s.Title.Length == 0).Concat(_sections.Where(s => s.Title.Length > 0));

        public void Add(string section, Entry entry)
        {
            var index = _sections.FindIndex(s => string.Equals(s.Title, section, StringComparison.OrdinalIgnoreCase));
            if (index < 0) { _sections.Add((section, [])); index = _sections.Count - 1; }
            _sections[index].Entries.Add(entry);
        }
    }
}
