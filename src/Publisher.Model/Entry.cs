using System.Text.Json.Serialization;

namespace Publisher.Model;

/// <summary>
/// One work in the catalog: a paper, repository, model, data set or page, with everything the
/// lists and arXiv said about it. Importers create entries without <see cref="Id"/>; merge assigns it.
/// </summary>
public sealed record Entry
{
    /// <summary>Stable, deterministic id (<c>arxiv:2106.09685</c>, <c>doi:…</c>, <c>repo:github.com/o/n</c>, <c>title:…</c>).</summary>
    public string Id { get; init; } = "";
    /// <summary>What sort of work this is.</summary>
    public EntryKind Kind { get; init; } = EntryKind.Paper;
    /// <summary>The title in the work's own language (English for papers); never a Chinese headline about it.</summary>
    public string Title { get; init; } = "";
    /// <summary>Other titles: headlines, translations.</summary>
    public IReadOnlyList<AltTitle> TitleAlt { get; init; } = [];
    /// <summary>Authors in order; <see cref="Person.Others"/> last when the list said "et al.".</summary>
    public IReadOnlyList<Person> Authors { get; init; } = [];
    /// <summary>Publication date to the precision known.</summary>
    public PartialDate? Date { get; init; }
    /// <summary>The year of <see cref="Date"/>.</summary>
    [JsonPropertyOrder(-1)]
    public int? Year
    {
        get => Date?.Year;
        // Lets a hand-written catalog give only "year"; "date", when present, is more precise and wins.
        init { if (value is int y && Date?.Year != y) Date = new PartialDate(y); }
    }
    /// <summary>Venue as written (<c>NeurIPS</c>, <c>ICLR</c>, <c>arXiv</c>).</summary>
    public string? Venue { get; init; }
    /// <summary>arXiv identifier, if any.</summary>
    public ArxivId? ArxivId { get; init; }
    /// <summary>DOI of the published version, if any (not the arXiv DataCite DOI).</summary>
    public Doi? Doi { get; init; }
    /// <summary>Links with their roles, URLs as written.</summary>
    public IReadOnlyList<Link> Links { get; init; } = [];
    /// <summary>Section paths the entry appeared under, segments joined by <c> / </c>.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>Summaries and abstracts, each with language and source.</summary>
    public IReadOnlyList<Summary> Summaries { get; init; } = [];
    /// <summary>Free tags (keywords).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Every place in the inputs that mentions this entry.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
    /// <summary>Facts that came from arXiv; null until enrichment found the entry.</summary>
    public ArxivRecord? Arxiv { get; init; }

    /// <summary>The first link of a kind, if any.</summary>
    public Link? FirstLink(LinkKind kind) => Links.FirstOrDefault(l => l.Kind == kind);

    /// <summary>
    /// The title, or for an untitled entry its first alternative title: an entry a list named only in Chinese
    /// ("[图神经网络介绍](…)") keeps that name in every export rather than arriving untitled.
    /// </summary>
    [JsonIgnore]
    public string TitleOrAlt => !string.IsNullOrWhiteSpace(Title) ? Title : TitleAlt.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Text))?.Text ?? "";

    /// <summary>The first alternative title in a language (<c>zh</c>), if any.</summary>
    public string? AltTitleIn(string language) =>
        TitleAlt.FirstOrDefault(t => t.Language.StartsWith(language, StringComparison.OrdinalIgnoreCase))?.Text;
}
