using CsvHelper;

namespace Publisher.Writers.Csv;

/// <summary>
/// One CSV row: the column names and their order, as CsvHelper's generated mapping writes them
/// (CsvHelper 34 replaced <c>ClassMap</c> with attributes read by its source generator). List
/// columns hold items joined with <c>"; "</c> (see <see cref="CsvCatalogRowMap"/>).
/// </summary>
[CsvRecord]
public sealed partial record CsvCatalogRow
{
    /// <summary>Catalog id (<c>arxiv:2106.09685</c>).</summary>
    [CsvColumn("id", Index = 0)] public string Id { get; init; } = "";
    /// <summary>Entry kind in camelCase (<c>preprint</c>, <c>webPage</c>).</summary>
    [CsvColumn("kind", Index = 1)] public string Kind { get; init; } = "";
    /// <summary>The title in the work's own language.</summary>
    [CsvColumn("title", Index = 2)] public string Title { get; init; } = "";
    /// <summary>Chinese alternative titles (headlines), joined with <c>"; "</c>.</summary>
    [CsvColumn("title_zh", Index = 3)] public string TitleZh { get; init; } = "";
    /// <summary>Other alternative titles as <c>lang: text</c>, joined with <c>"; "</c>.</summary>
    [CsvColumn("title_alt", Index = 4)] public string TitleAlt { get; init; } = "";
    /// <summary>Authors as <c>Family, Given</c> (literal names as they are), joined with <c>"; "</c>.</summary>
    [CsvColumn("authors", Index = 5)] public string Authors { get; init; } = "";
    /// <summary>Four-digit year.</summary>
    [CsvColumn("year", Index = 6)] public string Year { get; init; } = "";
    /// <summary>Date to the precision known: <c>2023</c>, <c>2023-05</c> or <c>2023-05-17</c>.</summary>
    [CsvColumn("date", Index = 7)] public string Date { get; init; } = "";
    /// <summary>Venue as written.</summary>
    [CsvColumn("venue", Index = 8)] public string Venue { get; init; } = "";
    /// <summary>arXiv id with its version when known.</summary>
    [CsvColumn("arxiv_id", Index = 9)] public string ArxivId { get; init; } = "";
    /// <summary>DOI without resolver prefix.</summary>
    [CsvColumn("doi", Index = 10)] public string Doi { get; init; } = "";
    /// <summary>Links as <c>kind url</c>, joined with <c>"; "</c>.</summary>
    [CsvColumn("links", Index = 11)] public string Links { get; init; } = "";
    /// <summary>Section paths, joined with <c>"; "</c>.</summary>
    [CsvColumn("topics", Index = 12)] public string Topics { get; init; } = "";
    /// <summary>Tags, joined with <c>"; "</c>.</summary>
    [CsvColumn("tags", Index = 13)] public string Tags { get; init; } = "";
    /// <summary>Chinese summaries, separated by a blank line.</summary>
    [CsvColumn("summary_zh", Index = 14)] public string SummaryZh { get; init; } = "";
    /// <summary>English summaries and abstracts, separated by a blank line.</summary>
    [CsvColumn("summary_en", Index = 15)] public string SummaryEn { get; init; } = "";
    /// <summary>Provenance as <c>file:line</c>, joined with <c>"; "</c>.</summary>
    [CsvColumn("sources", Index = 16)] public string Sources { get; init; } = "";
}
