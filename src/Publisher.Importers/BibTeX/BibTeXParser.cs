using System.Text;

namespace Publisher.Importers.BibTeX;

/// <summary>
/// A tolerant BibTeX reader: <c>@string</c> macros (month names predefined), <c>#</c> concatenation,
/// braced, quoted, numeric and macro values, <c>@comment</c>/<c>@preamble</c> skipped. A broken entry
/// (unbalanced braces, a missing <c>=</c> or comma) is reported with its line and reading resumes at
/// the next line that starts an entry, where BibTeX itself would swallow the rest of the file.
/// </summary>
public sealed class BibTeXParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    // The text as a string (a whole document) or as the streaming reader's buffer (a chunk of a large file).
    private readonly ReadOnlyMemory<char> _text;
    private readonly Action<int, string> _error;
    private readonly Action<int, string> _warn;
    private readonly Dictionary<string, string> _macros;
    // Entry types and field names repeat in every entry: each spelling is lower-cased once and shared.
    private readonly Dictionary<string, string> _lowerNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lowerNameLookup;
    private readonly List<BibTeXField> _fields = [];
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _macroLookup;
    private int _pos;
    private int _line;
    private int _lineCountedTo;
    // Set when a broken part was skipped up to the end of the text (no later line starts an entry).
    private bool _skippedToEnd;

    /// <summary>
    /// Creates a parser over <paramref name="text"/> reporting problems through the callbacks (line, message).
    /// <paramref name="macros"/> carries <c>@string</c> definitions from earlier chunks of the same file;
    /// <paramref name="firstLine"/> is the file line the text starts on.
    /// </summary>
    public BibTeXParser(string text, Action<int, string> error, Action<int, string> warn, Dictionary<string, string>? macros = null, int firstLine = 1)
        : this(text.AsMemory(), error, warn, macros, firstLine)
    {
    }

    /// <summary>
    /// Creates a parser over text that is not a string of its own (a chunk in a reader's buffer, which must not change
    /// while the entries are read); otherwise as the string overload.
    /// </summary>
    internal BibTeXParser(ReadOnlyMemory<char> text, Action<int, string> error, Action<int, string> warn, Dictionary<string, string>? macros = null, int firstLine = 1)
    {
        _text = text;
        _error = error;
        _warn = warn;
        _line = firstLine;
        _firstLine = firstLine;
        _macros = macros ?? NewMacroTable();
        _lowerNameLookup = _lowerNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _macroLookup = _macros.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly int _firstLine;

    /// <summary>A macro table with the month names predefined, as BibTeX styles define them.</summary>
    public static Dictionary<string, string> NewMacroTable()
    {
        var macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Months.Length; i++) macros[Months[i]] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return macros;
    }

    /// <summary>Reads every entry, in file order.</summary>
    public IEnumerable<BibTeXRawEntry> Parse()
    {
        while (ReadNext() is { } entry) yield return entry;
    }

    /// <summary>
    /// True when <paramref name="text"/>, read from a point between entries, also ends between entries: not inside an
    /// entry, a value or a broken part being skipped, so text appended after it is read the same whether it comes in
    /// the same reading or in a reading of its own. A streamed file is cut only at such points.
    /// </summary>
    internal static bool EndsBetweenEntries(ReadOnlyMemory<char> text)
    {
        // Every entry, value and group that runs into the end of the text fails there, and the failure skips to the
        // end: nothing else is needed. Macros defined here are dropped; they change no value's extent.
        var parser = new BibTeXParser(text, static (_, _) => { }, static (_, _) => { });
        while (parser.ReadNext() is not null) { }
        return !parser._skippedToEnd;
    }

    /// <summary>
    /// True when the '@' at <paramref name="at"/>, first on its line, starts an entry: a name, then '{' or '(' on the
    /// same line. A broken entry is skipped up to such a line, and no value or group runs past one.
    /// </summary>
    internal static bool StartsEntry(ReadOnlySpan<char> text, int at)
    {
        var i = at + 1;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i > at + 1 && i < text.Length && text[i] is '{' or '(';
    }

    // The next entry, or null at the end of the text (@string, @comment and @preamble are handled on the way).
    private BibTeXRawEntry? ReadNext()
    {
        var text = _text.Span;
        while (true)
        {
            var at = _pos >= text.Length ? -1 : text[_pos..].IndexOf('@');
            if (at < 0) return null;
            at += _pos;
            _pos = at + 1;
            var line = LineAt(at);
            var type = ReadLowerName();
            if (type.Length == 0) continue; // an '@' in a comment or an e-mail address
            SkipWhitespace();
            if (_pos >= text.Length || (text[_pos] != '{' && text[_pos] != '('))
            {
                if (IsLineStart(at)) _error(line, $"expected '{{' after '@{type}'");
                continue;
            }
            var close = text[_pos] == '{' ? '}' : ')';
            _pos++;
            if (type == "comment") { SkipGroup(close, line); continue; }
            if (type == "preamble") { SkipGroup(close, line); continue; }
            if (type == "string")
            {
                ReadStringMacro(close, line);
                continue;
            }
            var entry = ReadEntry(type, close, line);
            if (entry is not null) return entry;
        }
    }

    private BibTeXRawEntry? ReadEntry(string type, char close, int line)
    {
        var text = _text.Span;
        SkipWhitespace();
        var keyStart = _pos;
        while (_pos < text.Length && text[_pos] is not (',' or '}' or ')') && !char.IsWhiteSpace(text[_pos])) _pos++;
        var key = text[keyStart.._pos].ToString();
        SkipWhitespace();
        var fields = _fields;
        fields.Clear();
        if (_pos < text.Length && text[_pos] == close) { _pos++; return new BibTeXRawEntry(type, key, line, fields.ToArray()); }
        if (_pos >= text.Length || text[_pos] != ',')
        {
            Fail(line, $"entry '@{type}{{{key}' (line {line}): expected ',' after the key");
            return null;
        }
        _pos++;
        while (true)
        {
            SkipWhitespace();
            if (_pos >= text.Length)
            {
                Fail(line, $"entry '{key}' (line {line}) is not closed: expected '{close}' before the end of the file");
                return null;
            }
            if (text[_pos] == close) { _pos++; return new BibTeXRawEntry(type, key, line, fields.ToArray()); }
            var fieldLine = LineAt(_pos);
            var name = ReadLowerName();
            if (name.Length == 0)
            {
                Fail(fieldLine, $"entry '{key}' (line {line}): expected a field name or '{close}', found '{text[_pos]}'");
                return null;
            }
            SkipWhitespace();
            if (_pos >= text.Length || text[_pos] != '=')
            {
                Fail(fieldLine, $"entry '{key}' (line {line}): expected '=' after field '{name}'");
                return null;
            }
            _pos++;
            var value = ReadValue(key, name, fieldLine);
            if (value is null) return null;
            fields.Add(new BibTeXField(name, value, fieldLine));
            SkipWhitespace();
            if (_pos < text.Length && text[_pos] == ',') { _pos++; continue; }
            if (_pos < text.Length && text[_pos] == close) continue;
            if (_pos < text.Length && text[_pos] == '@')
            {
                // The value's braces balanced only by eating the entry's closing brace: the usual unbalanced-brace typo.
                Fail(fieldLine, $"entry '{key}': unbalanced braces in field '{name}' (its value runs into the next entry); expected a closing '}}' on line {fieldLine}");
                return null;
            }
            // At the end of the text, its last line: not the one after a final line break (a streamed part always has one).
            Fail(LineAt(Math.Min(_pos, text.Length - 1)), $"entry '{key}' (line {line}): expected ',' or '{close}' after field '{name}'");
            return null;
        }
    }

    private string? ReadValue(string key, string field, int fieldLine)
    {
        var text = _text.Span;
        // The usual value is one braced group: take it as a substring, no builder.
        SkipWhitespace();
        if (_pos < text.Length && text[_pos] == '{')
        {
            var end = FindGroupEnd(_pos + 1, '}');
            if (end >= 0)
            {
                var after = end + 1;
                while (after < text.Length && text[after] is ' ' or '\t' or '\r' or '\n') after++;
                if (after >= text.Length || text[after] != '#')
                {
                    var value = text.Slice(_pos + 1, end - _pos - 1).ToString();
                    _pos = end + 1;
                    return value;
                }
            }
        }
        var sb = new StringBuilder();
        while (true)
        {
            SkipWhitespace();
            if (_pos >= text.Length) { Fail(fieldLine, $"entry '{key}': field '{field}' has no value"); return null; }
            var c = text[_pos];
            if (c == '{')
            {
                var end = FindGroupEnd(_pos + 1, '}');
                if (end < 0)
                {
                    Fail(fieldLine, $"entry '{key}': unbalanced braces in field '{field}'; expected a closing '}}' before the next entry");
                    return null;
                }
                sb.Append(text.Slice(_pos + 1, end - _pos - 1));
                _pos = end + 1;
            }
            else if (c == '"')
            {
                var end = FindQuoteEnd(_pos + 1);
                if (end < 0)
                {
                    Fail(fieldLine, $"entry '{key}': unterminated quoted value in field '{field}'; expected a closing '\"'");
                    return null;
                }
                sb.Append(text.Slice(_pos + 1, end - _pos - 1));
                _pos = end + 1;
            }
            else if (char.IsDigit(c))
            {
                var s = _pos;
                while (_pos < text.Length && char.IsDigit(text[_pos])) _pos++;
                sb.Append(text[s.._pos]);
            }
            else
            {
                var first = sb.Length == 0;
                var span = ReadIdentifierSpan();
                if (span.IsEmpty) { Fail(fieldLine, $"entry '{key}': expected a value for field '{field}', found '{c}'"); return null; }
                if (_macroLookup.TryGetValue(span, out var v))
                {
                    // A value that is one macro alone (month = jan) is the macro's text itself.
                    if (first && !FollowedByConcatenation()) return v;
                    sb.Append(v);
                }
                else
                {
                    var name = new string(span);
                    _warn(fieldLine, $"entry '{key}': unknown macro '{name}' in field '{field}'; expected a @string defined earlier (kept as text)");
                    sb.Append(name);
                }
            }
            SkipWhitespace();
            if (_pos < text.Length && text[_pos] == '#') { _pos++; continue; }
            return sb.ToString();
        }
    }

    private bool FollowedByConcatenation()
    {
        var text = _text.Span;
        SkipWhitespace();
        return _pos < text.Length && text[_pos] == '#';
    }

    private void ReadStringMacro(char close, int line)
    {
        var text = _text.Span;
        SkipWhitespace();
        var name = ReadIdentifier();
        SkipWhitespace();
        if (name.Length == 0 || _pos >= text.Length || text[_pos] != '=')
        {
            Fail(line, "@string: expected 'name = value'");
            return;
        }
        _pos++;
        var value = ReadValue("@string", name, line);
        if (value is null) return;
        _macros[name] = value;
        SkipWhitespace();
        if (_pos < text.Length && text[_pos] == close) _pos++;
        else Fail(line, $"@string '{name}': expected '{close}'");
    }

    // Returns the index of the closing brace, or -1 when a new entry starts (a line beginning with '@') first.
    private int FindGroupEnd(int from, char close)
    {
        var text = _text.Span;
        var depth = 1;
        for (var i = from; i < text.Length; i++)
        {
            // Jump to the next character that matters (vectorised) instead of testing each one.
            var skip = text[i..].IndexOfAny('{', '}', '\n');
            if (skip < 0) return -1;
            i += skip;
            var c = text[i];
            if (c == '{') depth++;
            else if (c == '}') { if (--depth == 0) return i; }
            else if (i + 1 < text.Length && text[i + 1] == '@' && StartsEntry(text, i + 1)) return -1;
        }
        return -1;
    }

    private int FindQuoteEnd(int from)
    {
        var text = _text.Span;
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '"' && depth == 0) return i;
            else if (c == '\n' && i + 1 < text.Length && text[i + 1] == '@' && StartsEntry(text, i + 1)) return -1;
        }
        return -1;
    }

    private void SkipGroup(char close, int line)
    {
        var text = _text.Span;
        if (close == '}')
        {
            var braceEnd = FindGroupEnd(_pos, close);
            if (braceEnd < 0) { Fail(line, "unbalanced braces in @comment/@preamble; expected a closing brace"); return; }
            _pos = braceEnd + 1;
            return;
        }
        // The first ')' closes it; like a braced group, it does not run past a line that starts an entry.
        var p = text[_pos..].IndexOf(')');
        var end = p < 0 ? -1 : _pos + p;
        for (var i = _pos; end >= 0 && text[i..end].IndexOf("\n@") is var nl and >= 0; )
        {
            i += nl + 1;
            if (StartsEntry(text, i)) end = -1;
        }
        if (end < 0) { Fail(line, "@comment/@preamble is not closed; expected a ')' before the next entry"); return; }
        _pos = end + 1;
    }

    // Error recovery: resume at the next line that starts an entry.
    private void Fail(int line, string message)
    {
        var text = _text.Span;
        _error(line, message);
        var i = Math.Max(0, _pos - 1); // an '@' right here may start the next entry
        while (true)
        {
            var nl = text[i..].IndexOf("\n@");
            if (nl >= 0) nl += i;
            if (nl < 0) { _pos = text.Length; _skippedToEnd = true; return; }
            if (StartsEntry(text, nl + 1) || nl + 2 >= text.Length) { _pos = nl + 1; return; }
            i = nl + 1;
        }
    }

    private bool IsLineStart(int at) => at == 0 || _text.Span[at - 1] == '\n';

    private string ReadIdentifier() => new(ReadIdentifierSpan());

    private ReadOnlySpan<char> ReadIdentifierSpan()
    {
        var text = _text.Span;
        var s = _pos;
        while (_pos < text.Length && (char.IsLetterOrDigit(text[_pos]) || text[_pos] is '_' or '-' or ':' or '.' or '+' or '/')) _pos++;
        return text[s.._pos];
    }

    // An identifier lower-cased (invariant), the same string instance for every occurrence of a spelling.
    private string ReadLowerName()
    {
        var span = ReadIdentifierSpan();
        if (span.IsEmpty) return "";
        if (_lowerNameLookup.TryGetValue(span, out var lower)) return lower;
        var spelling = new string(span);
        // The interned instance when there is one (the importer's "title", "author" …): its look-ups by name then
        // match on the reference instead of comparing characters.
        lower = spelling.ToLowerInvariant();
        lower = string.IsInterned(lower) ?? lower;
        if (_lowerNames.Count < 1024) _lowerNames[spelling] = lower; // a bounded table, whatever the file holds
        return lower;
    }

    private void SkipWhitespace()
    {
        var text = _text.Span;
        while (_pos < text.Length)
        {
            var c = text[_pos];
            if (c == '%')
            {
                // A line comment outside a value: BibTeX ignores it there too in practice (biber does).
                var nl = text[_pos..].IndexOf('\n');
                if (nl >= 0) nl += _pos;
                _pos = nl < 0 ? text.Length : nl;
                continue;
            }
            if (!char.IsWhiteSpace(c)) return;
            _pos++;
        }
    }

    // Line numbers are counted lazily and only forwards, so a 100 MB file is scanned once.
    private int LineAt(int index)
    {
        var text = _text.Span;
        if (index < _lineCountedTo)
        {
            _line = _firstLine + text[..index].Count('\n');
            _lineCountedTo = index;
            return _line;
        }
        _line += text[_lineCountedTo..index].Count('\n');
        _lineCountedTo = index;
        return _line;
    }
}
