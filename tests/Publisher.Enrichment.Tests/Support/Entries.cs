using Publisher.Model;

namespace Publisher.Enrichment.Tests.Support;

/// <summary>Builders for catalog entries in tests (all data synthetic).</summary>
public static class Entries
{
    /// <summary>An entry known by arXiv id.</summary>
    public static Entry ById(string id, string title = "") =>
        new() { Id = "arxiv:" + ArxivId.Parse(id).Base, Title = title, ArxivId = ArxivId.Parse(id) };

    /// <summary>An entry known only by title.</summary>
    public static Entry ByTitle(string title, int? year = null, params Person[] authors) =>
        new() { Id = "title:" + TitleNormalizer.Normalize(title).Replace(' ', '-'), Title = title, Date = year is int y ? new PartialDate(y) : null, Authors = authors };

    /// <summary>A catalog of entries.</summary>
    public static Catalog Catalog(params Entry[] entries) => new() { Entries = entries };
}
