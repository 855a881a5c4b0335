using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>
/// An entry being assembled while an importer walks a list. Links are typed and checked as they
/// are added (arXiv ids extracted, bad arXiv URLs and unsafe schemes reported); <see cref="ToEntry"/>
/// decides the kind from what was found.
/// </summary>
public sealed class EntryDraft(ImportResultBuilder builder, int line, string? topic)
{
    private readonly List<Link> _links = [];
    private readonly List<AltTitle> _altTitles = [];
    private readonly List<Summary> _summaries = [];
    private readonly List<Person> _authors = [];

    /// <summary>1-based line where the entry starts.</summary>
    public int Line { get; } = line;
    /// <summary>The heading path, if any.</summary>
    public string? Topic { get; } = topic;
    /// <summary>The work's own title (English for papers).</summary>
    public string? Title { get; set; }
    /// <summary>Venue as written.</summary>
    public string? Venue { get; set; }
    /// <summary>Year, when the list gives one.</summary>
    public int? Year { get; set; }
    /// <summary>The first valid arXiv id among the links.</summary>
    public ArxivId? ArxivId { get; private set; }
    /// <summary>Forces a kind (e.g. an article in a paper list); null lets <see cref="ToEntry"/> decide.</summary>
    public EntryKind? KindOverride { get; set; }
    /// <summary>Links added so far.</summary>
    public IReadOnlyList<Link> Links => _links;
    /// <summary>Alternative titles added so far.</summary>
    public IReadOnlyList<AltTitle> AltTitles => _altTitles;
    /// <summary>Summaries added so far.</summary>
    public IReadOnlyList<Summary> Summaries => _summaries;

    /// <summary>Adds an alternative title (language guessed from the text).</summary>
    public void AddAltTitle(string text)
    {
        var t = MarkdownSyntax.Collapse(text);
        if (t.Length > 0 && _altTitles.All(a => a.Text != t)) _altTitles.Add(new AltTitle(t, CjkText.GuessLanguage(t)));
    }

    /// <summary>Adds a summary paragraph (language guessed unless given); consecutive paragraphs in one language are joined.</summary>
    public void AddSummary(string text, string? language = null)
    {
        var t = text.Trim();
        if (t.Length == 0) return;
        var lang = language ?? CjkText.GuessLanguage(t);
        if (_summaries.Count > 0 && _summaries[^1].Language == lang)
            _summaries[^1] = _summaries[^1] with { Text = _summaries[^1].Text + "\n\n" + t };
        else _summaries.Add(new Summary(t, lang, builder.Document.File));
    }

    /// <summary>Adds authors.</summary>
    public void AddAuthors(IEnumerable<Person> people) => _authors.AddRange(people);

    /// <summary>Types and checks a link, then keeps it (duplicates of the same URL are dropped).</summary>
    public void AddLink(string url, string? label, int line, LinkKind? kind = null)
    {
        var u = url.Trim();
        if (u.Length == 0 || _links.Any(l => l.Url == u)) return;
        var k = kind ?? LinkClassifier.Classify(u, label);
        if (ArxivId.LooksLikeArxivUrl(u))
        {
            if (LinkClassifier.TryArxiv(u, out var id)) ArxivId ??= id;
            else builder.Warn(line, $"'{u}' is not a valid arXiv link: expected https://arxiv.org/abs/YYMM.NNNNN (a 4- or 5-digit number, optional vN); the link is kept but no arXiv id was taken from it", "PUB210");
        }
        if (u.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            builder.Warn(line, $"'{u}' points at a file on the list author's computer: kept as written but it is not safe to open and no reader can follow it", "PUB211");
        else if (!UrlSafety.IsSafeToOpen(u) && Uri.TryCreate(u, UriKind.Absolute, out var abs) && abs.Scheme is not ("http" or "https"))
            builder.Warn(line, $"'{u}' uses the '{abs.Scheme}:' scheme: kept as written but it is not safe to open", "PUB211");
        var cleanLabel = string.IsNullOrWhiteSpace(label) ? null : MarkdownSyntax.Collapse(label);
        _links.Add(new Link(k, u, cleanLabel));
    }

    /// <summary>True when the entry has anything a reader could follow or cite.</summary>
    public bool HasSubstance => _links.Count > 0 || _authors.Count > 0 || ArxivId is not null;

    /// <summary>The finished entry (no id: merge assigns it).</summary>
    public Entry ToEntry() => new()
    {
        Kind = KindOverride ?? DecideKind(),
        Title = Title ?? "",
        // A heading that repeats the title says nothing new.
        TitleAlt = _altTitles.Where(a => !string.Equals(a.Text, Title, StringComparison.Ordinal)).ToArray(),
        Authors = _authors.ToArray(),
        Date = Year is int y and >= 1000 and <= 9999 ? new PartialDate(y) : null,
        Venue = Venue,
        ArxivId = ArxivId,
        Links = _links.ToArray(),
        Topics = Topic is null ? [] : [Topic],
        Summaries = _summaries.ToArray(),
        Sources = [builder.SourceAt(Line)],
    };

    private EntryKind DecideKind()
    {
        bool Has(LinkKind k) => _links.Any(l => l.Kind == k);
        var venueIsArxiv = Venue is null || Venue.Trim().TrimEnd('.').Equals("arxiv", StringComparison.OrdinalIgnoreCase);
        if (ArxivId is not null) return venueIsArxiv ? EntryKind.Preprint : EntryKind.Paper;
        if (Venue is not null && venueIsArxiv) return EntryKind.Preprint;
        if (Venue is not null || Has(LinkKind.Paper) || Has(LinkKind.Pdf)) return EntryKind.Paper;
        if (Has(LinkKind.Code)) return EntryKind.Repository;
        if (Has(LinkKind.Weights)) return EntryKind.Model;
        if (Has(LinkKind.Dataset)) return EntryKind.Dataset;
        if (Has(LinkKind.Article)) return EntryKind.Article;
        return EntryKind.WebPage;
    }
}
