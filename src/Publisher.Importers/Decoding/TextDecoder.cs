using System.Text;
using Publisher.Model;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Turns an input's bytes into text: BOMs, UTF-16 without BOM, UTF-8, then GB18030 for legacy
/// Chinese files; finally undoes UTF-8→Windows-1252 mojibake when (and only when) it is present.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="file"/> (used in diagnostics).</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string file)
    {
        var diagnostics = new List<Diagnostic>();
        string text;
        string name;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { text = Strict(new UTF8Encoding(false, true), bytes[3..], out var ok) ; name = "utf-8-bom"; if (!ok) { text = new UTF8Encoding(false, false).GetString(bytes[3..]); Warn(diagnostics, file, "invalid UTF-8 after a UTF-8 BOM; bad bytes shown as U+FFFD"); } }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { text = System.Text.Encoding.Unicode.GetString(bytes[2..]); name = "utf-16le"; }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { text = System.Text.Encoding.BigEndianUnicode.GetString(bytes[2..]); name = "utf-16be"; }
        else if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            text = (bigEndian ? System.Text.Encoding.BigEndianUnicode : System.Text.Encoding.Unicode).GetString(bytes);
            name = bigEndian ? "utf-16be" : "utf-16le";
        }
        else
        {
            text = Strict(new UTF8Encoding(false, true), bytes, out var ok);
            name = "utf-8";
            if (!ok)
            {
                var (valid, invalid) = CountUtf8Sequences(bytes);
                if (valid >= 10 * invalid)
                {
                    // A UTF-8 file with a few damaged bytes: reading it all as GB18030 would garble every line.
                    text = new UTF8Encoding(false, false).GetString(bytes);
                    Warn(diagnostics, file, $"{invalid} invalid UTF-8 byte sequences among {valid} valid ones; shown as U+FFFD");
                }
                else
                {
                    text = System.Text.Encoding.GetEncoding("GB18030").GetString(bytes);
                    name = "gb18030";
                    diagnostics.Add(new Diagnostic(file, 0, Severity.Info, "not valid UTF-8; decoded as GB18030 (legacy Chinese encoding)", "PUB010"));
                }
            }
        }

        var repair = MojibakeRepairer.Repair(text);
        if (repair.Applied)
        {
            text = repair.Text;
            name += "+mojibake-repaired";
            diagnostics.Add(new Diagnostic(file, 0, repair.Unrepaired > 0 ? Severity.Warning : Severity.Info,
                $"text was UTF-8 mis-decoded as Windows-1252/1254 (mojibake) on {repair.LinesRepaired} lines; repaired {repair.Repaired} characters ({repair.Guessed} of them had lost a byte and were chosen as the most plausible character), {repair.Unrepaired} could not be recovered (shown as U+FFFD)", "PUB011"));
            foreach (var u in repair.UncertainCharacters)
                diagnostics.Add(new Diagnostic(file, u.Line, Severity.Info,
                    $"mojibake repair: column {u.Column} may be wrong: chose '{u.Chosen}', close alternatives {string.Join(", ", u.Alternatives.Select(a => $"'{a}'"))}; check against the original", "PUB013"));
        }
        return repair.Applied
            ? new DecodedText(text, name, repair.Repaired, repair.Unrepaired, diagnostics, repair.UncertainCharacters.Count)
            : new DecodedText(text, name, 0, 0, diagnostics);
    }

    private static string Strict(UTF8Encoding enc, ReadOnlySpan<byte> bytes, out bool ok)
    {
        try { ok = true; return enc.GetString(bytes); }
        catch (DecoderFallbackException) { ok = false; return ""; }
    }

    // Multi-byte UTF-8 sequences that are well formed, and bytes that start no valid sequence.
    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            var need = b switch { >= 0xC2 and <= 0xDF => 1, >= 0xE0 and <= 0xEF => 2, >= 0xF0 and <= 0xF4 => 3, _ => -1 };
            if (need < 0 || i + need >= bytes.Length) { invalid++; i++; continue; }
            var okSeq = true;
            for (var k = 1; k <= need; k++) if ((bytes[i + k] & 0xC0) != 0x80) { okSeq = false; break; }
            if (okSeq) { valid++; i += need + 1; }
            else { invalid++; i++; }
        }
        return (valid, invalid);
    }

    private static void Warn(List<Diagnostic> d, string file, string message) => d.Add(new Diagnostic(file, 0, Severity.Warning, message, "PUB012"));

    // UTF-16 text without BOM has a zero in every other byte for ASCII-heavy content.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int evenZeros = 0, oddZeros = 0, n = Math.Min(bytes.Length, 4096);
        for (var i = 0; i < n; i += 2) { if (bytes[i] == 0) evenZeros++; if (bytes[i + 1] == 0) oddZeros++; }
        var pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return true;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) { bigEndian = true; return true; }
        return false;
    }
}
