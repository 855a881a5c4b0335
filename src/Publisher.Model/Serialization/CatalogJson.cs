using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Publisher.Model.IO;

namespace Publisher.Model.Serialization;

/// <summary>Reads and writes <c>catalog.json</c> (schema <see cref="Catalog.CurrentSchema"/>), deterministically.</summary>
public static class CatalogJson
{
    /// <summary>The options every stage uses, so that all of them write the same bytes for the same catalog.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            NewLine = "\n",
            // Chinese titles stay readable in the file instead of \uXXXX escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.Converters.Add(new ArxivIdJsonConverter());
        o.Converters.Add(new DoiJsonConverter());
        o.Converters.Add(new PartialDateJsonConverter());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    /// <summary>Serialises to UTF-8 JSON text ending in a newline.</summary>
    public static string Serialize(Catalog catalog)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) CatalogJsonWriter.Write(writer, catalog, Options);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static readonly JsonWriterOptions WriterOptions = CatalogJsonWriter.WriterOptions(Options);

    /// <summary>Parses catalog JSON; throws <see cref="CatalogFormatException"/> naming the line on bad input.</summary>
    public static Catalog Deserialize(string json, string fileName = "catalog.json") =>
        Checked(() => JsonSerializer.Deserialize<Catalog>(json, Options), fileName);

    /// <summary>Reads a catalog file, streaming (a large catalog is never held as one string).</summary>
    public static Catalog Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        // The fast reader takes what the writer writes; anything else is read (and reported) by the serializer.
        if (CatalogJsonReader.TryRead(stream) is { } catalog) return Checked(() => catalog, path);
        stream.Position = 0;
        return Checked(() => JsonSerializer.Deserialize<Catalog>(stream, Options), path);
    }

    /// <summary>
    /// Reads a catalog file without keeping its entries: they are handed to <paramref name="onPart"/> in parts of
    /// <paramref name="partSize"/>, in file order, and the catalog returned holds everything else (no entries).
    /// Null when the file is spelled in a way only <see cref="Load"/> reads (some parts may have been handed over
    /// by then: the caller discards what it made of them and loads the file whole); throws
    /// <see cref="CatalogFormatException"/> for a file that is not a Publisher catalog.
    /// </summary>
    public static Catalog? TryStream(Stream stream, string fileName, int partSize, Action<IReadOnlyList<Entry>> onPart, out int count)
    {
        var catalog = CatalogJsonReader.TryRead(stream, partSize, onPart, out count);
        return catalog is null ? null : Checked(() => catalog, fileName);
    }

    /// <summary>Writes a catalog file atomically (temporary file, then rename), streaming: the same bytes as <see cref="Serialize"/>.</summary>
    public static void Save(Catalog catalog, string path) => AtomicFile.Write(path, stream =>
    {
        using (var writer = new Utf8JsonWriter(stream, WriterOptions)) CatalogJsonWriter.Write(writer, catalog, Options);
        stream.WriteByte((byte)'\n');
    });

    /// <summary>
    /// Writes a catalog file atomically whose entries are held in <paramref name="store"/>: <paramref name="entries"/>
    /// lists, in catalog order, each one's index there and its id; <paramref name="catalog"/> gives everything else
    /// (its own entries are ignored). The same bytes as <see cref="Save(Catalog, string)"/> for the same catalog.
    /// </summary>
    public static void Save(Catalog catalog, EntryJsonStore store, IReadOnlyList<(int Index, string Id)> entries, string path) => AtomicFile.Write(path, stream =>
    {
        // The parts around the entries are written as objects of their own: at the top level their properties have
        // the catalog's indentation, so only the braces that join them differ.
        var head = Standalone(new Catalog { Schema = catalog.Schema, Inputs = catalog.Inputs, Entries = null!, Tables = null!, Diagnostics = null! });
        var tail = Standalone(new Catalog { Schema = null!, Inputs = null!, Entries = null!, Tables = catalog.Tables, Diagnostics = catalog.Diagnostics });
        var headHasProperties = head.Length > 2;
        stream.Write(head, 0, headHasProperties ? head.Length - 2 : 1); // without its closing "\n}"
        stream.Write(headHasProperties ? ",\n  \"entries\": ["u8 : "\n  \"entries\": ["u8);
        for (var i = 0; i < entries.Count; i++)
        {
            stream.Write(i == 0 ? "\n    "u8 : ",\n    "u8);
            store.WriteTo(stream, entries[i].Index, JsonEncodedText.Encode(entries[i].Id, Options.Encoder).EncodedUtf8Bytes);
        }
        stream.Write(entries.Count == 0 ? "]"u8 : "\n  ]"u8);
        if (tail.Length > 2) { stream.WriteByte((byte)','); stream.Write(tail, 1, tail.Length - 1); } // without its opening "{"
        else stream.Write("\n}"u8);
        stream.WriteByte((byte)'\n');
    });

    private static byte[] Standalone(Catalog part)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) CatalogJsonWriter.Write(writer, part, Options);
        return buffer.WrittenSpan.ToArray();
    }

    private static Catalog Checked(Func<Catalog?> read, string fileName)
    {
        Catalog? catalog;
        try
        {
            catalog = read();
        }
        catch (JsonException e)
        {
            throw new CatalogFormatException($"{fileName}:{(e.LineNumber ?? 0) + 1}: not a valid catalog: {e.Message}", e);
        }
        if (catalog is null) throw new CatalogFormatException($"{fileName}:1: expected a JSON object with \"entries\"");
        if (!catalog.Schema.StartsWith("publisher-catalog/", StringComparison.Ordinal))
            throw new CatalogFormatException($"{fileName}:1: schema '{catalog.Schema}' is not a Publisher catalog (expected {Catalog.CurrentSchema})");
        return catalog;
    }
}
