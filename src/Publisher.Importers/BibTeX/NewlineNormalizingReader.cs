namespace Publisher.Importers.BibTeX;

/// <summary>
/// Reads a text in blocks into a buffer with every line ending ('\r\n', '\r', '\n') made '\n' and a final
/// '\n' added, stopping before each line that starts with a marker character. It produces exactly the text
/// that appending each <see cref="TextReader.ReadLine"/> result and '\n' would, without a string per line.
/// </summary>
internal sealed class NewlineNormalizingReader(TextReader reader)
{
    private readonly char[] _block = new char[1 << 16];
    private int _blockPos;
    private int _blockLength;
    // Where the next '\r' in the block is (the block's length when there is none); before _blockPos when unknown.
    private int _nextCarriageReturn = -1;
    private char[] _text = new char[1 << 16];
    private int _textLength;
    private int _line = 1;
    private bool _atLineStart = true;
    private bool _skipLineFeed;
    private bool _finished;

    /// <summary>True when text has been read since the last <see cref="Clear"/>.</summary>
    public bool HasText => _textLength > 0;

    /// <summary>
    /// The text read since the last <see cref="Clear"/>, in the reader's own buffer: valid until the next read, so a
    /// chunk of a large file is parsed where it is instead of being copied into a new (large-object) string.
    /// </summary>
    public ReadOnlyMemory<char> Text => _text.AsMemory(0, _textLength);

    /// <summary>
    /// Reads up to the next line whose first character is <paramref name="marker"/> and returns that line's
    /// 1-based number (the line itself is read by the next call), or null at the end of the text.
    /// </summary>
    public int? ReadUntilLineStartingWith(char marker)
    {
        while (true)
        {
            if (_blockPos == _blockLength && !Fill())
            {
                Finish();
                return null;
            }
            if (_skipLineFeed)
            {
                // A '\r' ended the previous block; a '\n' right after it is the same line ending.
                _skipLineFeed = false;
                if (_block[_blockPos] == '\n') { _blockPos++; continue; }
            }
            if (_atLineStart)
            {
                _atLineStart = false;
                if (_block[_blockPos] == marker) return _line;
            }
            var rest = _block.AsSpan(_blockPos, _blockLength - _blockPos);
            if (TakeWholeLines(rest, marker)) continue;
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                Append(rest);
                _blockPos = _blockLength;
                continue;
            }
            Append(rest[..end]);
            Append("\n");
            _line++;
            _atLineStart = true;
            _blockPos += end + 1;
            if (rest[end] == '\r')
            {
                if (_blockPos < _blockLength) { if (_block[_blockPos] == '\n') _blockPos++; }
                else _skipLineFeed = true;
            }
        }
    }

    // Lines ended by '\n' alone need no change: they are copied together, up to the next line that starts with the
    // marker or to the last '\n' before a '\r' or the block's end, instead of line by line. False when there is
    // no whole line to take (the line-by-line path handles the rest).
    private bool TakeWholeLines(ReadOnlySpan<char> rest, char marker)
    {
        // The block is searched for '\r' once, not from here on every call (that would scan it once per entry).
        if (_nextCarriageReturn < _blockPos)
        {
            var found = _block.AsSpan(_blockPos, _blockLength - _blockPos).IndexOf('\r');
            _nextCarriageReturn = found < 0 ? _blockLength : _blockPos + found;
        }
        var plain = rest[..(_nextCarriageReturn - _blockPos)];
        var next = plain.IndexOf([ '\n', marker ]);
        var take = next >= 0 ? next + 1 : plain.LastIndexOf('\n') + 1;
        if (take == 0) return false;
        var lines = plain[..take];
        Append(lines);
        _line += lines.Count('\n');
        _atLineStart = true;
        _blockPos += take;
        return true;
    }

    /// <summary>Starts the next chunk: the text read so far is dropped.</summary>
    public void Clear() => _textLength = 0;

    private bool Fill()
    {
        if (_finished) return false;
        _blockLength = reader.Read(_block, 0, _block.Length);
        _blockPos = 0;
        _nextCarriageReturn = -1;
        return _blockLength > 0;
    }

    // A last line without a line ending still ends with '\n', as ReadLine-and-append would give it.
    private void Finish()
    {
        if (_finished) return;
        _finished = true;
        if (!_atLineStart) Append("\n");
        _atLineStart = true;
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_textLength + chars.Length > _text.Length)
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + chars.Length));
        chars.CopyTo(_text.AsSpan(_textLength));
        _textLength += chars.Length;
    }
}
