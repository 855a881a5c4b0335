using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Publisher.Importers.CslJson;

/// <summary>
/// Reads CSL-JSON (an array of CSL items, as our writer, Zotero and pandoc write it). Items are read
/// one at a time with <see cref="Utf8JsonReader"/>, so a library of any size streams with flat memory;
/// an item that cannot be read is reported with its line and the rest are kept. Invalid JSON stops
/// reading at the line where it breaks (the items before it are kept).
/// </summary>
public sealed class CslJsonImporter : IStreamingImporter
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <inheritdoc />
    public string Name => "csljson";

    /// <inheritdoc />
    public bool IsStructured => true;

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        // '[' then '{': a JSON array of objects. A Markdown line such as "[Title](url)" never matches.
        var text = document.Text.AsSpan().TrimStart().TrimStart('\uFEFF').TrimStart();
        if (text.Length < 2 || text[0] != '[') return 0;
        var rest = text[1..].TrimStart();
        if (rest.Length == 0 || rest[0] is not ('{' or ']')) return 0;
        var head = rest[..Math.Min(rest.Length, 4096)];
        return head.Contains("\"type\"", StringComparison.Ordinal) || head.Contains("\"title\"", StringComparison.Ordinal) ? ImporterRegistry.CertainScore : 40;
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var entries = new List<Publisher.Model.Entry>();
        var diagnostics = new List<Publisher.Model.Diagnostic>();
        ImportStream(new StringReader(document.Text), document.File, int.MaxValue, chunk =>
        {
            entries.AddRange(chunk.Entries);
            diagnostics.AddRange(chunk.Diagnostics);
        });
        return new ImportResult(entries, diagnostics, []);
    }

    /// <inheritdoc />
    public void ImportStream(TextReader reader, string file, int chunkEntries, Action<ImportResult> onChunk)
    {
        var builder = new ImportResultBuilder(new SourceDocument(file, ""), Name);
        var items = 0;
        void Flush()
        {
            onChunk(builder.Build());
            builder = new ImportResultBuilder(new SourceDocument(file, ""), Name);
            items = 0;
        }

        var source = new Utf8Source(reader);
        var state = new JsonReaderState(ReaderOptions);
        var line = 1;              // line of source.Buffer[0]
        var sawArray = false;
        var done = false;
        try
        {
            while (!done)
            {
                var more = source.Fill();
                var json = new Utf8JsonReader(source.Data, isFinalBlock: !more, state);
                var lineAt = (Index: 0, Line: line);
                int LineOf(long index)
                {
                    lineAt = (checked((int)index), lineAt.Line + source.Data[lineAt.Index..checked((int)index)].Count((byte)'\n'));
                    return lineAt.Line;
                }
                while (true)
                {
                    var checkpoint = json;
                    if (!json.Read()) break;
                    if (json.CurrentDepth == 0)
                    {
                        if (json.TokenType == JsonTokenType.StartArray && !sawArray) { sawArray = true; continue; }
                        if (json.TokenType == JsonTokenType.EndArray) { done = true; break; }
                        builder.Error(LineOf(json.TokenStartIndex), "expected a JSON array of CSL-JSON items ([{\"type\": ..., \"title\": ...}, ...])", "PUB320");
                        done = true;
                        break;
                    }
                    var start = json.TokenStartIndex;
                    var isObject = json.TokenType == JsonTokenType.StartObject;
                    if (!json.TrySkip()) { json = checkpoint; break; }
                    var itemLine = LineOf(start);
                    if (!isObject)
                    {
                        builder.Error(itemLine, "array element is not an object; expected a CSL item {\"type\": ..., \"title\": ...} (element skipped)", "PUB321");
                        continue;
                    }
                    using var item = JsonDocument.Parse(source.Memory[(int)start..(int)json.BytesConsumed], new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                    if (CslJsonItemReader.Read(item.RootElement, itemLine, builder) is { } entry)
                    {
                        builder.Add(entry);
                        if (++items >= chunkEntries) Flush();
                    }
                }
                var consumed = (int)json.BytesConsumed;
                line = LineOf(consumed);
                state = json.CurrentState;
                source.Advance(consumed);
                if (done) break;
                if (consumed == 0 && !more)
                {
                    if (!done) builder.Error(line, sawArray ? "the file ends inside the array; expected ']' after the last item" : "no CSL-JSON array found; expected [{...}, ...]", "PUB322");
                    break;
                }
            }
        }
        catch (JsonException e)
        {
            builder.Error((int)(e.LineNumber ?? 0) + 1, $"invalid JSON ({e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ')}); expected a CSL-JSON array — items after this point are not read", "PUB323");
        }
        if (builder.Build() is { } last && (last.Entries.Count > 0 || last.Diagnostics.Count > 0)) onChunk(last);
    }

    /// <summary>UTF-8 bytes of a text reader in a growing window, so one item is always whole in memory.</summary>
    private sealed class Utf8Source(TextReader reader)
    {
        private readonly char[] _chars = new char[16 * 1024];
        private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
        private byte[] _buffer = new byte[256 * 1024];
        private int _length;
        private bool _ended;

        /// <summary>The unread bytes.</summary>
        public ReadOnlySpan<byte> Data => _buffer.AsSpan(0, _length);

        /// <summary>The unread bytes as memory (for <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>).</summary>
        public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, _length);

        /// <summary>Reads until the window is full or the text ends; false once everything has been read.</summary>
        public bool Fill()
        {
            // An item larger than the window: grow it instead of stalling.
            if (_length > _buffer.Length / 2) Array.Resize(ref _buffer, _buffer.Length * 2);
            while (!_ended && _length + _encoder.GetByteCount(_chars, 0, 0, flush: false) + _chars.Length * 3 + 4 <= _buffer.Length)
            {
                var n = reader.Read(_chars, 0, _chars.Length);
                _ended = n == 0;
                _length += _encoder.GetBytes(_chars, 0, n, _buffer, _length, flush: _ended);
            }
            return !_ended;
        }

        /// <summary>Drops the first <paramref name="count"/> bytes.</summary>
        public void Advance(int count)
        {
            if (count == 0) return;
            Buffer.BlockCopy(_buffer, count, _buffer, 0, _length - count);
            _length -= count;
        }
    }
}
