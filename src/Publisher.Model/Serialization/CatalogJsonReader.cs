using System.Text.Json;

namespace Publisher.Model.Serialization;

/// <summary>
/// Reads a catalog file with <see cref="Utf8JsonReader"/> calls for the entries (the bulk of a large catalog),
/// streaming one entry at a time through a buffer, where <see cref="JsonSerializer"/> spent seconds on
/// per-property metadata and on constructing positional records for 100,000 entries. It reads only what
/// <see cref="CatalogJsonWriter"/> writes and hand-written catalogs spelled the same way; anything else
/// (an unknown or differently cased property, a number where text belongs, malformed JSON) makes it give up
/// with null, and the caller reads the file again with the serializer, which decides and reports as always.
/// </summary>
internal sealed class CatalogJsonReader
{
    private static readonly Entry DefaultEntry = new();
    private static readonly Catalog DefaultCatalog = new();
    private static readonly byte[][] EntryKindNames = EnumNames<EntryKind>();
    private static readonly byte[][] LinkKindNames = EnumNames<LinkKind>();

    private readonly Stream _stream;
    private readonly JsonSerializerOptions _options = CatalogJson.Options;
    private byte[] _buffer = new byte[1 << 20];
    private int _start, _end;
    private bool _eof;
    private JsonReaderState _state;
    private readonly RepeatedStrings _strings = new();
    private readonly Action<IReadOnlyList<Entry>>? _onPart;
    private readonly int _partSize;
    private int _count;

    private CatalogJsonReader(Stream stream, Action<IReadOnlyList<Entry>>? onPart = null, int partSize = 0)
    {
        _stream = stream;
        _onPart = onPart;
        _partSize = Math.Max(1, partSize);
        _state = new JsonReaderState(ReaderOptions(_options));
    }

    /// <summary>The reader settings <see cref="JsonSerializer"/> derives from <paramref name="options"/>.</summary>
    public static JsonReaderOptions ReaderOptions(JsonSerializerOptions options) => new()
    {
        AllowTrailingCommas = options.AllowTrailingCommas,
        CommentHandling = options.ReadCommentHandling,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
    };

    /// <summary>The catalog in <paramref name="stream"/>, or null when the serializer must read it instead.</summary>
    public static Catalog? TryRead(Stream stream)
    {
        try
        {
            return new CatalogJsonReader(stream).Read();
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Like <see cref="TryRead(Stream)"/>, but hands the entries to <paramref name="onPart"/> in parts of
    /// <paramref name="partSize"/> instead of keeping them: the catalog returned has no entries, and
    /// <paramref name="count"/> says how many were handed over. Null when the serializer must read the file
    /// (possibly after some parts were handed over: the caller discards what it made of them).
    /// </summary>
    public static Catalog? TryRead(Stream stream, int partSize, Action<IReadOnlyList<Entry>> onPart, out int count)
    {
        var reader = new CatalogJsonReader(stream, onPart, partSize);
        try
        {
            var catalog = reader.Read();
            count = reader._count;
            return catalog;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException)
        {
            count = 0;
            return null;
        }
    }

    // One step reads a complete unit (a token, or a property with its whole value) from the buffered bytes;
    // when the bytes end inside it, the buffer is refilled and the step runs again from the same state.
    private delegate bool Step(ref Utf8JsonReader reader);

    private bool Run(Step step)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            if (step(ref reader))
            {
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }
            if (_eof) return false;
            Refill();
        }
    }

    private void Refill()
    {
        var pending = _end - _start;
        if (pending > _buffer.Length / 2) Array.Resize(ref _buffer, _buffer.Length * 2); // one value bigger than half the buffer
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        _start = 0;
        _end = pending;
        while (_end < _buffer.Length)
        {
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0) { _eof = true; break; }
            _end += n;
        }
    }

    private Catalog? Read()
    {
        Refill();
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) return null; // a BOM: the serializer's case
        if (!Run((ref Utf8JsonReader r) => r.Read() && r.TokenType == JsonTokenType.StartObject ? true : throw new JsonException()))
            return null;
        string? schema = DefaultCatalog.Schema;
        IReadOnlyList<InputSummary>? inputs = DefaultCatalog.Inputs;
        IReadOnlyList<Entry>? entries = DefaultCatalog.Entries;
        IReadOnlyList<SourceTable>? tables = DefaultCatalog.Tables;
        IReadOnlyList<Diagnostic>? diagnostics = DefaultCatalog.Diagnostics;
        var done = false;
        while (!done)
        {
            var isEntries = false;
            var ok = Run((ref Utf8JsonReader r) =>
            {
                if (!r.Read()) return false;
                if (r.TokenType == JsonTokenType.EndObject) { done = true; return true; }
                if (r.TokenType != JsonTokenType.PropertyName) throw new JsonException();
                if (r.ValueTextEquals("entries"u8))
                {
                    if (!r.Read()) return false;
                    if (r.TokenType != JsonTokenType.StartArray) throw new JsonException();
                    isEntries = true;
                    return true;
                }
                var copy = r;
                if (!copy.Read() || !copy.TrySkip()) return false; // the whole value must be in the buffer
                if (r.ValueTextEquals("schema"u8)) { r.Read(); schema = r.TokenType == JsonTokenType.String ? r.GetString() : throw new JsonException(); }
                else if (r.ValueTextEquals("inputs"u8)) { r.Read(); inputs = JsonSerializer.Deserialize<IReadOnlyList<InputSummary>>(ref r, _options); }
                else if (r.ValueTextEquals("tables"u8)) { r.Read(); tables = JsonSerializer.Deserialize<IReadOnlyList<SourceTable>>(ref r, _options); }
                else if (r.ValueTextEquals("diagnostics"u8)) { r.Read(); diagnostics = JsonSerializer.Deserialize<IReadOnlyList<Diagnostic>>(ref r, _options); }
                else throw new JsonException(); // not a property this reader knows: the serializer decides
                return true;
            });
            if (!ok) return null;
            if (isEntries) entries = ReadEntries();
        }
        // Only white space and comments may follow the object.
        while (!_eof) Refill();
        if (!Run((ref Utf8JsonReader r) => !r.Read())) return null;
        return new Catalog { Schema = schema!, Inputs = inputs!, Entries = entries!, Tables = tables!, Diagnostics = diagnostics! };
    }

    private List<Entry> ReadEntries()
    {
        var entries = new List<Entry>(_onPart is null ? 0 : _partSize);
        var end = false;
        while (!end)
        {
            var ok = Run((ref Utf8JsonReader r) =>
            {
                if (!r.Read()) return false;
                if (r.TokenType == JsonTokenType.EndArray) { end = true; return true; }
                if (r.TokenType != JsonTokenType.StartObject) throw new JsonException();
                try
                {
                    entries.Add(ReadEntry(ref r, _strings));
                    _count++;
                }
                catch (IncompleteException)
                {
                    return false; // the entry runs past the buffered bytes: refill and read it again
                }
                return true;
            });
            if (!ok) throw new JsonException();
            if (_onPart is not null && (entries.Count == _partSize || (end && entries.Count > 0)))
            {
                _onPart(entries);
                entries = new List<Entry>(_partSize);
            }
        }
        return entries;
    }

    /// <summary>Reads the entry whose '{' the reader is on, from bytes that hold all of it.</summary>
    public static Entry ReadEntry(ref Utf8JsonReader r) => ReadEntry(ref r, new RepeatedStrings());

    // The reader is on the entry's '{'; an entry that runs past the buffered bytes throws IncompleteException and is
    // read again after a refill. Properties are applied in file order, as the serializer calls Entry's setters:
    // a "year" differing from the date so far replaces it.
    private static Entry ReadEntry(ref Utf8JsonReader r, RepeatedStrings strings)
    {
        var d = DefaultEntry;
        string id = d.Id, title = d.Title;
        string? venue = d.Venue;
        var kind = d.Kind;
        IReadOnlyList<AltTitle> titleAlt = d.TitleAlt;
        IReadOnlyList<Person> authors = d.Authors;
        PartialDate? date = d.Date;
        ArxivId? arxivId = d.ArxivId;
        Doi? doi = d.Doi;
        IReadOnlyList<Link> links = d.Links;
        IReadOnlyList<string> topics = d.Topics, tags = d.Tags;
        IReadOnlyList<Summary> summaries = d.Summaries;
        IReadOnlyList<SourceRef> sources = d.Sources;
        ArxivRecord? arxiv = d.Arxiv;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("year"u8))
            {
                Next(ref r);
                if (r.TokenType == JsonTokenType.Number) { var y = r.GetInt32(); if (date?.Year != y) date = new PartialDate(y); }
                else if (r.TokenType != JsonTokenType.Null) throw new JsonException();
            }
            else if (r.ValueTextEquals("id"u8)) id = Text(ref r)!;
            else if (r.ValueTextEquals("kind"u8)) kind = (EntryKind)EnumValue(ref r, EntryKindNames);
            else if (r.ValueTextEquals("title"u8)) title = Text(ref r)!;
            else if (r.ValueTextEquals("titleAlt"u8)) titleAlt = List(ref r, strings, ReadAltTitle);
            else if (r.ValueTextEquals("authors"u8)) authors = List(ref r, strings, ReadPerson);
            else if (r.ValueTextEquals("date"u8))
            {
                Next(ref r);
                date = r.TokenType switch
                {
                    JsonTokenType.Null => null,
                    JsonTokenType.Number => new PartialDate(r.GetInt32()),
                    JsonTokenType.String => PartialDate.TryParse(r.GetString(), out var parsed) ? parsed : throw new JsonException(),
                    _ => throw new JsonException(),
                };
            }
            else if (r.ValueTextEquals("venue"u8)) venue = Text(ref r);
            else if (r.ValueTextEquals("arxivId"u8)) arxivId = Text(ref r) is { } a ? (Model.ArxivId.TryParse(a, out var parsed) ? parsed : throw new JsonException()) : null;
            else if (r.ValueTextEquals("doi"u8)) doi = Text(ref r) is { } s ? (Model.Doi.TryParse(s, out var parsed) ? parsed : throw new JsonException()) : null;
            else if (r.ValueTextEquals("links"u8)) links = List(ref r, strings, ReadLink);
            else if (r.ValueTextEquals("topics"u8)) topics = List(ref r, strings, ReadString);
            else if (r.ValueTextEquals("summaries"u8)) summaries = List(ref r, strings, ReadSummary);
            else if (r.ValueTextEquals("tags"u8)) tags = List(ref r, strings, ReadString);
            else if (r.ValueTextEquals("sources"u8)) sources = List(ref r, strings, ReadSourceRef);
            else if (r.ValueTextEquals("arxiv"u8))
            {
                Next(ref r);
                var whole = r;
                if (!whole.TrySkip()) throw new IncompleteException();
                arxiv = JsonSerializer.Deserialize<ArxivRecord>(ref r, CatalogJson.Options);
            }
            else throw new JsonException();
        }
        return new Entry
        {
            Id = id, Kind = kind, Title = title, TitleAlt = titleAlt, Authors = authors, Date = date, Venue = venue, ArxivId = arxivId,
            Doi = doi, Links = links, Topics = topics, Summaries = summaries, Tags = tags, Sources = sources, Arxiv = arxiv,
        };
    }

    private static AltTitle ReadAltTitle(ref Utf8JsonReader r, RepeatedStrings strings)
    {
        string? text = null, language = null;
        if (r.TokenType != JsonTokenType.StartObject) throw new JsonException();
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("text"u8)) text = Text(ref r);
            else if (r.ValueTextEquals("language"u8)) language = Text(ref r, ref strings.Language);
            else throw new JsonException();
        }
        return new AltTitle(text!, language!);
    }

    private static Person ReadPerson(ref Utf8JsonReader r, RepeatedStrings strings)
    {
        string? given = null, family = null, particle = null, suffix = null, literal = null;
        if (r.TokenType != JsonTokenType.StartObject) throw new JsonException();
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("given"u8)) given = Text(ref r);
            else if (r.ValueTextEquals("family"u8)) family = Text(ref r);
            else if (r.ValueTextEquals("particle"u8)) particle = Text(ref r);
            else if (r.ValueTextEquals("suffix"u8)) suffix = Text(ref r);
            else if (r.ValueTextEquals("literal"u8)) literal = Text(ref r);
            else throw new JsonException();
        }
        return new Person { Given = given, Family = family, Particle = particle, Suffix = suffix, Literal = literal };
    }

    private static Link ReadLink(ref Utf8JsonReader r, RepeatedStrings strings)
    {
        var kind = default(LinkKind);
        string? url = null, label = null;
        if (r.TokenType != JsonTokenType.StartObject) throw new JsonException();
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("kind"u8)) kind = (LinkKind)EnumValue(ref r, LinkKindNames);
            else if (r.ValueTextEquals("url"u8)) url = Text(ref r);
            else if (r.ValueTextEquals("label"u8)) label = Text(ref r);
            else throw new JsonException();
        }
        return new Link(kind, url!, label);
    }

    private static Summary ReadSummary(ref Utf8JsonReader r, RepeatedStrings strings)
    {
        string? text = null, language = null, source = null;
        if (r.TokenType != JsonTokenType.StartObject) throw new JsonException();
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("text"u8)) text = Text(ref r);
            else if (r.ValueTextEquals("language"u8)) language = Text(ref r, ref strings.Language);
            else if (r.ValueTextEquals("source"u8)) source = Text(ref r, ref strings.Source);
            else throw new JsonException();
        }
        return new Summary(text!, language!, source!);
    }

    private static SourceRef ReadSourceRef(ref Utf8JsonReader r, RepeatedStrings strings)
    {
        string? file = null, importer = null;
        var line = 0;
        if (r.TokenType != JsonTokenType.StartObject) throw new JsonException();
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("file"u8)) file = Text(ref r, ref strings.File);
            else if (r.ValueTextEquals("line"u8)) { Next(ref r); line = r.TokenType == JsonTokenType.Number ? r.GetInt32() : throw new JsonException(); }
            else if (r.ValueTextEquals("importer"u8)) importer = Text(ref r, ref strings.Importer);
            else throw new JsonException();
        }
        return new SourceRef(file!, line, importer);
    }

    // Reader.Read, where running out of buffered bytes (possible only before the end of the file) aborts the entry.
    private static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new IncompleteException();
    }

    private sealed class IncompleteException : Exception;

    // Moves to the next property name of the current object; false at its end.
    private static bool NextProperty(ref Utf8JsonReader r)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.EndObject) return false;
        return r.TokenType == JsonTokenType.PropertyName ? true : throw new JsonException();
    }

    // The property's value as text (null for JSON null); any other kind of value is the serializer's case.
    private static string? Text(ref Utf8JsonReader r)
    {
        Next(ref r);
        return r.TokenType switch
        {
            JsonTokenType.String => r.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException(),
        };
    }

    // Text that repeats from entry to entry (the source file, the importer, the language) is kept once:
    // on 100,000 entries of one file that is 400,000 strings fewer alive until the command ends.
    private static string? Text(ref Utf8JsonReader r, ref string? last)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null) return null;
        if (r.TokenType != JsonTokenType.String) throw new JsonException();
        if (last is not null && r.ValueTextEquals(last)) return last;
        return last = r.GetString();
    }

    private static string ReadString(ref Utf8JsonReader r, RepeatedStrings strings) =>
        r.TokenType == JsonTokenType.String ? r.GetString()! : throw new JsonException();

    /// <summary>The last value of each property whose text usually repeats.</summary>
    private sealed class RepeatedStrings
    {
        public string? File, Importer, Language, Source;
    }

    private delegate T ItemReader<T>(ref Utf8JsonReader reader, RepeatedStrings strings);

    // A list property as an array of its exact length; the serializer's case when null or when an item is null.
    private static IReadOnlyList<T> List<T>(ref Utf8JsonReader r, RepeatedStrings strings, ItemReader<T> item)
    {
        Next(ref r);
        if (r.TokenType != JsonTokenType.StartArray) throw new JsonException();
        var scratch = Scratch<T>.List ??= [];
        scratch.Clear();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) break;
            scratch.Add(item(ref r, strings));
        }
        return scratch.Count == 0 ? [] : scratch.ToArray();
    }

    // One list per item type, reused: lists are never nested in another list of the same type.
    private static class Scratch<T>
    {
        [ThreadStatic] public static List<T>? List;
    }

    private static int EnumValue(ref Utf8JsonReader r, byte[][] names)
    {
        Next(ref r);
        if (r.TokenType != JsonTokenType.String) throw new JsonException();
        for (var i = 0; i < names.Length; i++)
            if (r.ValueTextEquals(names[i])) return i;
        throw new JsonException(); // another spelling: the serializer's rules decide
    }

    private static byte[][] EnumNames<T>() where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = new byte[values.Length][];
        for (var i = 0; i < values.Length; i++)
        {
            if (Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture) != i) throw new InvalidOperationException($"{typeof(T).Name} must count from 0");
            names[i] = System.Text.Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(values[i].ToString()));
        }
        return names;
    }
}
