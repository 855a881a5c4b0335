using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Model;
using Publisher.Model.IO;

namespace Publisher.Writers.CslJson;

/// <summary>
/// Writes the catalog as CSL-JSON (an array of CSL 1.0.2 items), the format pandoc's citeproc and
/// Zotero's "CSL JSON" import read. See <see cref="CslFieldMap"/> for types and names.
/// </summary>
public sealed class CslJsonWriter(CslJsonOptions? options = null) : IStreamingCitationWriter
{
    private readonly CslJsonOptions _options = options ?? CslJsonOptions.Default;

    /// <summary>Format name used by <c>--format</c>.</summary>
    public string Name => "csljson";

    /// <summary>Conventional file extension, with the dot.</summary>
    public string FileExtension => ".json";

    /// <summary>Writes every entry, in catalog order, as UTF-8 JSON (no BOM) ending in a newline.</summary>
    public void Write(Catalog catalog, Stream output)
    {
        using var session = Begin(output);
        session.Write(catalog.Entries);
        session.Complete();
    }

    /// <inheritdoc />
    public ICitationWriterSession Begin(Stream output, CitationWriterOptions options) => For(options).Begin(output);

    // The shared options reach CSL-JSON only through --no-abstract; one place decides it for export and convert alike.
    private CslJsonWriter For(CitationWriterOptions options) => options.NoAbstract && _options.Abstracts ? new CslJsonWriter(_options with { Abstracts = false }) : this;

    private CslJsonWriterSession Begin(Stream output)
    {
        var writerOptions = new JsonWriterOptions
        {
            Indented = _options.Indented,
            NewLine = "\n",
            // Keeps CJK and accented text readable; the relaxed encoder still escapes quotes and control characters.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return new CslJsonWriterSession(output, new Utf8JsonWriter(output, writerOptions), WriteItem, UniqueId);
    }

    /// <summary>Writes the file atomically (temporary file, then rename).</summary>
    public void WriteFile(Catalog catalog, string path) => AtomicFile.Write(path, s => Write(catalog, s));

    private string UniqueId(Entry entry, int index, HashSet<string> used)
    {
        var id = _options.CitationKey?.Invoke(entry) ?? entry.Id;
        if (string.IsNullOrWhiteSpace(id)) id = $"item-{index + 1}";
        // citeproc looks items up by id: a duplicate would silently cite the wrong work.
        if (!used.Add(id))
        {
            var k = 2;
            while (!used.Add($"{id}-{k}")) k++;
            id = $"{id}-{k}";
        }
        return id;
    }

    private void WriteItem(Utf8JsonWriter json, Entry entry, string id)
    {
        var type = CslFieldMap.TypeOf(entry, _options.SoftwareType);
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("type", type);

        var title = entry.TitleOrAlt.Trim();
        if (!string.IsNullOrEmpty(title)) json.WriteString("title", _options.ProtectCase ? CslFieldMap.ProtectedTitle(entry, title) : title);

        var names = entry.Authors.Select(CslFieldMap.NameParts).Where(n => n is not null).ToList();
        if (names.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var parts in names)
            {
                json.WriteStartObject();
                foreach (var (key, value) in parts!) json.WriteString(key, value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        var date = entry.Date ?? (entry.Arxiv?.Published is { } p ? new PartialDate(p.Year, p.Month, p.Day) : null);
        if (date is not null)
        {
            json.WriteStartObject("issued");
            // One line ([[2024, 1, 15]]) instead of seven: the file is meant to be read.
            json.WritePropertyName("date-parts");
            json.WriteRawValue("[[" + string.Join(", ", CslFieldMap.DateParts(date)) + "]]");
            json.WriteEndObject();
        }

        var unpublished = type == "article";
        if (!string.IsNullOrWhiteSpace(entry.Venue) && !CslFieldMap.IsArxivVenue(entry.Venue))
            json.WriteString(unpublished ? "publisher" : "container-title", entry.Venue.Trim());
        else if (unpublished && entry.ArxivId is not null)
            json.WriteString("publisher", "arXiv");
        // Zotero stores a preprint's archive id in CSL "number" as "arXiv:<id>"; styles print it after the title.
        if (unpublished && entry.ArxivId is { } arxiv) json.WriteString("number", "arXiv:" + arxiv.Base);

        if (entry.Doi is { } doi) json.WriteString("DOI", doi.Value);
        else if (_options.ArxivDataCiteDoi && entry.ArxivId is { } a) json.WriteString("DOI", a.DataCiteDoi);

        if (CslFieldMap.UrlOf(entry) is { } url) json.WriteString("URL", url);

        if (_options.Abstracts && CitationChoices.EnglishAbstract(entry) is { } abs) json.WriteString("abstract", abs);
        // CSL has one keyword string; pandoc passes it on, Zotero's CSL import ignores it (the RDF carries tags).
        var keywords = CitationChoices.Keywords(entry);
        if (keywords.Count > 0) json.WriteString("keyword", string.Join(", ", keywords));
        // citeproc changes the case of English titles only; marking CJK titles keeps them untouched.
        if (title is not null && CjkText.ContainsIdeograph(title)) json.WriteString("language", "zh");

        var note = NoteOf(entry, unpublished);
        if (note.Length > 0) json.WriteString("note", note);
        json.WriteEndObject();
    }

    private string NoteOf(Entry entry, bool unpublished)
    {
        var lines = new List<string>();
        // A published version keeps its preprint in the place Zotero's "Extra" field reads it from.
        if (!unpublished && entry.ArxivId is { } arxiv) lines.Add("arXiv: " + arxiv.Base);
        if (_options.IncludeChineseNotes)
        {
            lines.AddRange(entry.TitleAlt.Where(t => t.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)).Select(t => t.Text.Trim()));
            lines.AddRange(entry.Summaries.Where(s => s.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)).Select(s => s.Text.Trim()));
        }
        return string.Join("\n", lines.Where(l => l.Length > 0).Distinct(StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public void Write(Catalog catalog, TextWriter output, CitationWriterOptions options)
    {
        var writer = For(options);
        StreamTextBridge.Write(output, s => writer.Write(catalog, s));
    }
}
