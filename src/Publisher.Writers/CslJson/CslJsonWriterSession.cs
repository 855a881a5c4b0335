using System.Text.Json;
using Publisher.Model;

namespace Publisher.Writers.CslJson;

/// <summary>One CSL-JSON array written part by part; item ids stay unique across parts.</summary>
internal sealed class CslJsonWriterSession : ICitationWriterSession
{
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;
    private readonly Action<Utf8JsonWriter, Entry, string> _writeItem;
    private readonly Func<Entry, int, HashSet<string>, string> _uniqueId;
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private int _written;

    /// <summary>Starts the array.</summary>
    public CslJsonWriterSession(Stream output, Utf8JsonWriter json, Action<Utf8JsonWriter, Entry, string> writeItem, Func<Entry, int, HashSet<string>, string> uniqueId)
    {
        _output = output;
        _json = json;
        _writeItem = writeItem;
        _uniqueId = uniqueId;
        _json.WriteStartArray();
    }

    /// <inheritdoc />
    public void Write(IReadOnlyList<Entry> entries)
    {
        foreach (var entry in entries)
        {
            _writeItem(_json, entry, _uniqueId(entry, _written++, _usedIds));
            // Utf8JsonWriter buffers until flushed: hand output to the stream as we go so memory stays flat.
            if (_json.BytesPending > 1 << 16) _json.Flush();
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        _json.WriteEndArray();
        _json.Flush();
        _output.WriteByte((byte)'\n');
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();
}
