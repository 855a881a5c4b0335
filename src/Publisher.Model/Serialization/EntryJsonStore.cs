using System.Runtime.InteropServices;
using System.Text.Json;

namespace Publisher.Model.Serialization;

/// <summary>
/// Entries kept as the bytes <see cref="CatalogJson.Save(Catalog, string)"/> writes for them (indented for their
/// place in <c>entries</c>, the id left empty), until the catalog is written with their final ids. An import holds
/// every entry until the merge has seen them all: as objects, 100,000 BibTeX entries are millions of small
/// objects that each collection walks again; as bytes in native memory they cost the collector nothing
/// (as managed arrays, the 120 MB of a 100,000-entry catalog set off full collections as it grew).
/// </summary>
public sealed unsafe class EntryJsonStore : IDisposable
{
    // Entries of this size or smaller share blocks; a larger one gets a block of its own.
    private const int BlockSize = 1 << 20;
    private static readonly byte[] IdPlaceholder = "\"id\": \""u8.ToArray();
    private const int Indent = 4; // entries sit two levels deep, at two spaces a level

    private readonly List<IntPtr> _blocks = [];
    private int _used = BlockSize;
    private readonly List<Location> _locations = [];
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(1 << 14);
    private readonly Utf8JsonWriter _writer;

    private readonly record struct Location(IntPtr Block, int Start, int Length, int IdAt)
    {
        public Span<byte> Bytes => new((byte*)Block + Start, Length);
    }

    /// <summary>Creates an empty store.</summary>
    public EntryJsonStore() => _writer = new Utf8JsonWriter(_buffer, CatalogJsonWriter.WriterOptions(CatalogJson.Options));

    /// <summary>Entries stored so far.</summary>
    public int Count => _locations.Count;

    /// <summary>Stores an entry (its <see cref="Entry.Id"/> is not kept) and returns its index.</summary>
    public int Add(Entry entry)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        CatalogJsonWriter.WriteEntry(_writer, entry, CatalogJson.Options, id: "");
        _writer.Flush();
        var json = _buffer.WrittenSpan;
        var newlines = json.Count((byte)'\n');
        var length = json.Length + newlines * Indent;
        ObjectDisposedException.ThrowIf(_disposed, this);
        IntPtr block;
        int start;
        if (length > BlockSize) { block = Allocate(length); start = 0; }
        else
        {
            if (_used + length > BlockSize) { Allocate(BlockSize); _used = 0; }
            block = _blocks[^1];
            start = _used;
            _used += length;
        }
        var location = new Location(block, start, length, 0);
        // JSON text holds no raw line breaks inside strings, so every '\n' starts a line that needs the deeper indent.
        var target = location.Bytes;
        while (true)
        {
            var line = json.IndexOf((byte)'\n');
            if (line < 0) { json.CopyTo(target); break; }
            json[..(line + 1)].CopyTo(target);
            target[(line + 1)..(line + 1 + Indent)].Fill((byte)' ');
            target = target[(line + 1 + Indent)..];
            json = json[(line + 1)..];
        }
        var idAt = location.Bytes.IndexOf(IdPlaceholder); // the first property, or the second after "year"
        if (idAt < 0) throw new InvalidOperationException("an entry was written without its id");
        _locations.Add(location with { IdAt = idAt + IdPlaceholder.Length });
        return _locations.Count - 1;
    }

    private IntPtr Allocate(int size)
    {
        var block = (IntPtr)NativeMemory.Alloc((nuint)size);
        _blocks.Add(block);
        return block;
    }

    /// <summary>The entry at <paramref name="index"/>, read back from its bytes (with an empty id).</summary>
    public Entry Get(int index)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var reader = new Utf8JsonReader(_locations[index].Bytes, CatalogJsonReader.ReaderOptions(CatalogJson.Options));
        reader.Read();
        return CatalogJsonReader.ReadEntry(ref reader);
    }

    /// <summary>Writes the bytes of the entry at <paramref name="index"/> with its id (already JSON-encoded).</summary>
    internal void WriteTo(Stream output, int index, ReadOnlySpan<byte> encodedId)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var l = _locations[index];
        var bytes = l.Bytes;
        output.Write(bytes[..l.IdAt]);
        output.Write(encodedId);
        output.Write(bytes[l.IdAt..]);
    }

    private bool _disposed;

    /// <summary>Frees the stored bytes.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var block in _blocks) NativeMemory.Free((void*)block);
        _blocks.Clear();
        _locations.Clear();
        _writer.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees the stored bytes of a store that was not disposed.</summary>
    ~EntryJsonStore()
    {
        foreach (var block in _blocks) NativeMemory.Free((void*)block);
    }
}
