using System.Text.Json;

namespace Publisher.Model.Serialization;

/// <summary>
/// Writes a catalog with <see cref="Utf8JsonWriter"/> calls for the entries and their parts (the bulk of a
/// large catalog), the same bytes <see cref="JsonSerializer"/> writes with <see cref="CatalogJson.Options"/>:
/// the serializer's per-property metadata and converters cost several times the writing itself on
/// 100,000 entries. Inputs, tables, diagnostics and arXiv records are rare or small and still go through
/// the serializer; the property order and null handling here must follow the model's declarations.
/// </summary>
internal static class CatalogJsonWriter
{
    private static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema"), Inputs = JsonEncodedText.Encode("inputs"),
        Entries = JsonEncodedText.Encode("entries"), Tables = JsonEncodedText.Encode("tables"), Diagnostics = JsonEncodedText.Encode("diagnostics"),
        Year = JsonEncodedText.Encode("year"), Id = JsonEncodedText.Encode("id"), Kind = JsonEncodedText.Encode("kind"),
        Title = JsonEncodedText.Encode("title"), TitleAlt = JsonEncodedText.Encode("titleAlt"), Authors = JsonEncodedText.Encode("authors"),
        Date = JsonEncodedText.Encode("date"), Venue = JsonEncodedText.Encode("venue"), ArxivId = JsonEncodedText.Encode("arxivId"),
        Doi = JsonEncodedText.Encode("doi"), Links = JsonEncodedText.Encode("links"), Topics = JsonEncodedText.Encode("topics"),
        Summaries = JsonEncodedText.Encode("summaries"), Tags = JsonEncodedText.Encode("tags"), Sources = JsonEncodedText.Encode("sources"),
        Arxiv = JsonEncodedText.Encode("arxiv"), Given = JsonEncodedText.Encode("given"), Family = JsonEncodedText.Encode("family"),
        Particle = JsonEncodedText.Encode("particle"), Suffix = JsonEncodedText.Encode("suffix"), Literal = JsonEncodedText.Encode("literal"),
        Url = JsonEncodedText.Encode("url"), Label = JsonEncodedText.Encode("label"), Text = JsonEncodedText.Encode("text"),
        Language = JsonEncodedText.Encode("language"), Source = JsonEncodedText.Encode("source"), File = JsonEncodedText.Encode("file"),
        Line = JsonEncodedText.Encode("line"), Importer = JsonEncodedText.Encode("importer");

    private static readonly JsonEncodedText[] EntryKinds = EnumNames<EntryKind>();
    private static readonly JsonEncodedText[] LinkKinds = EnumNames<LinkKind>();

    /// <summary>The writer settings <see cref="JsonSerializer"/> derives from <paramref name="options"/>.</summary>
    public static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
    };

    /// <summary>Writes <paramref name="catalog"/>, flushing to the writer's output every 64 KB.</summary>
    public static void Write(Utf8JsonWriter w, Catalog catalog, JsonSerializerOptions options)
    {
        w.WriteStartObject();
        if (catalog.Schema is not null) w.WriteString(Schema, catalog.Schema);
        if (catalog.Inputs is not null) { w.WritePropertyName(Inputs); JsonSerializer.Serialize(w, catalog.Inputs, options); }
        if (catalog.Entries is not null)
        {
            w.WritePropertyName(Entries);
            w.WriteStartArray();
            foreach (var e in catalog.Entries)
            {
                WriteEntry(w, e, options);
                if (w.BytesPending > 1 << 16) w.Flush();
            }
            w.WriteEndArray();
        }
        if (catalog.Tables is not null) { w.WritePropertyName(Tables); JsonSerializer.Serialize(w, catalog.Tables, options); }
        if (catalog.Diagnostics is not null) { w.WritePropertyName(Diagnostics); JsonSerializer.Serialize(w, catalog.Diagnostics, options); }
        w.WriteEndObject();
    }

    /// <summary>Writes one entry object, with <paramref name="id"/> instead of its own when given.</summary>
    public static void WriteEntry(Utf8JsonWriter w, Entry? e, JsonSerializerOptions options, string? id = null)
    {
        if (e is null) { w.WriteNullValue(); return; }
        w.WriteStartObject();
        // [JsonPropertyOrder(-1)] puts the year first; the rest follow Entry's declaration order.
        if (e.Year is { } year) w.WriteNumber(Year, year);
        String(w, Id, id ?? e.Id);
        Enum(w, Kind, (int)e.Kind, EntryKinds, e.Kind, options);
        String(w, Title, e.Title);
        Objects(w, TitleAlt, e.TitleAlt, options, static (x, a, _) =>
        {
            String(x, Text, a.Text);
            String(x, Language, a.Language);
        });
        Objects(w, Authors, e.Authors, options, static (x, p, _) =>
        {
            String(x, Given, p.Given);
            String(x, Family, p.Family);
            String(x, Particle, p.Particle);
            String(x, Suffix, p.Suffix);
            String(x, Literal, p.Literal);
        });
        if (e.Date is { } date) w.WriteString(Date, date.ToString());
        String(w, Venue, e.Venue);
        if (e.ArxivId is { } arxivId) w.WriteString(ArxivId, arxivId.ToString());
        if (e.Doi is { } doi) w.WriteString(Doi, doi.Value);
        Objects(w, Links, e.Links, options, static (x, l, o) =>
        {
            Enum(x, Kind, (int)l.Kind, LinkKinds, l.Kind, o);
            String(x, Url, l.Url);
            String(x, Label, l.Label);
        });
        Strings(w, Topics, e.Topics);
        Objects(w, Summaries, e.Summaries, options, static (x, s, _) =>
        {
            String(x, Text, s.Text);
            String(x, Language, s.Language);
            String(x, Source, s.Source);
        });
        Strings(w, Tags, e.Tags);
        Objects(w, Sources, e.Sources, options, static (x, s, _) =>
        {
            String(x, File, s.File);
            x.WriteNumber(Line, s.Line);
            String(x, Importer, s.Importer);
        });
        if (e.Arxiv is { } record) { w.WritePropertyName(Arxiv); JsonSerializer.Serialize(w, record, options); }
        w.WriteEndObject();
    }

    // A list of records as an array of objects, each written by fields (a static lambda: no allocation per entry).
    private static void Objects<T>(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<T>? items, JsonSerializerOptions options,
        Action<Utf8JsonWriter, T, JsonSerializerOptions> fields) where T : class
    {
        if (items is null) return;
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            if (item is null) { w.WriteNullValue(); continue; }
            w.WriteStartObject();
            fields(w, item, options);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void String(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<string>? values)
    {
        if (values is null) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Enum<T>(Utf8JsonWriter w, JsonEncodedText name, int index, JsonEncodedText[] names, T value, JsonSerializerOptions options) where T : struct, Enum
    {
        if ((uint)index < (uint)names.Length) w.WriteString(name, names[index]);
        else { w.WritePropertyName(name); JsonSerializer.Serialize(w, value, options); } // not a named value: the serializer's own answer
    }

    // The names JsonStringEnumConverter(JsonNamingPolicy.CamelCase) writes, by value; the model's enums count from 0
    // without gaps, so a value is named exactly when it is below the count.
    private static JsonEncodedText[] EnumNames<T>() where T : struct, Enum
    {
        var values = System.Enum.GetValues<T>();
        var names = new JsonEncodedText[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture) != i) throw new InvalidOperationException($"{typeof(T).Name} must count from 0");
            names[i] = JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(values[i].ToString()));
        }
        return names;
    }
}
