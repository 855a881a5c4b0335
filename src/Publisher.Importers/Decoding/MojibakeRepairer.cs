using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Detects and reverses UTF-8 text that was decoded as Windows-1252 (or -1254) and saved again
/// ("å¼€æº" → "开源"). Works line by line, so a file that is only partly damaged keeps its good
/// lines. Bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) and the soft hyphen
/// (0xAD) are usually dropped on that trip; a character that lost one of them is rebuilt by
/// trying every lost byte at every position and keeping the most plausible result
/// (see <see cref="CandidateScorer"/>), and the damaged characters of a line are chosen together
/// by the words they form (see <see cref="LexiconScorer"/>).
/// </summary>
public static class MojibakeRepairer
{
    /// <summary>Bytes that cannot survive a Windows-1252 round trip (undefined, or the invisible soft hyphen) and so may be missing.</summary>
    internal static readonly byte[] LostBytes = [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xAD];

    /// <summary>Bytes lost by a Windows-1254 round trip: those of 1252 plus 0x8E and 0x9E (undefined in 1254).</summary>
    internal static readonly byte[] LostBytes1254 = [0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E, 0xAD];

    private static readonly Dictionary<char, byte> ToByte;

    // Explicit so the code-page provider is registered before any member (Damage too) runs.
    static MojibakeRepairer()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        ToByte = BuildReverseMap();
    }

    /// <summary>True once the Chinese word list, the word-bigram dictionary, the character-position model or the name tables have been loaded; they load only when a damaged character must be guessed.</summary>
    public static bool LexiconLoaded => ChineseLexicon.IsLoaded || WordBigramDictionary.IsLoaded || CharacterStates.IsLoaded || PersonNames.IsLoaded || TokenLexicon.IsLoaded;

    /// <summary>Repairs <paramref name="text"/> when it is mojibake; returns it unchanged otherwise.</summary>
    public static MojibakeRepairResult Repair(string text)
    {
        if (string.IsNullOrEmpty(text) || !HasSuspects(text)) return new(text, false, 0, 0);
        var lost = Uses1254(text) ? LostBytes1254 : LostBytes;
        var lines = text.Split('\n');
        var analyses = new LineAnalysis?[lines.Length];
        int docValid = 0, docBroken = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!HasSuspects(lines[i])) continue;
            var a = Analyse(lines[i], lost);
            analyses[i] = a;
            if (a.Stray == 0) { docValid += a.Valid; docBroken += a.Broken; }
        }
        // Strong evidence lets lines where most multi-byte characters lost a byte be repaired too;
        // a clean file with a few accented letters never has well-formed UTF-8 sequences in it.
        var documentIsMojibake = docValid >= 3 && docValid >= docBroken;

        var sb = new StringBuilder(text.Length);
        int repaired = 0, unrepaired = 0, guessed = 0, linesRepaired = 0;
        var uncertain = new List<UncertainCharacter>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) sb.Append('\n');
            var a = analyses[i];
            if (a is not null && ShouldRepair(a, documentIsMojibake))
            {
                // Resolved only now: a clean line with a stray "é" must never load the lexicon.
                var resolved = LexiconScorer.Resolve(a.Pieces);
                sb.Append(resolved.Text);
                repaired += a.Valid + a.Guessed;
                unrepaired += a.Unrecoverable;
                guessed += a.Guessed;
                linesRepaired++;
                foreach (var u in resolved.Uncertain) uncertain.Add(u with { Line = i + 1 });
            }
            else sb.Append(lines[i]);
        }
        return linesRepaired == 0
            ? new(text, false, 0, 0)
            : new(sb.ToString(), true, repaired, unrepaired, guessed, linesRepaired, uncertain);
    }

    /// <summary>
    /// Applies the damage this class undoes (UTF-8 read as Windows-1252 or 1254, lost bytes dropped);
    /// for tests and samples.
    /// </summary>
    public static string Damage(string clean, int codePage = 1252)
    {
        var enc = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var lost = codePage == 1254 ? LostBytes1254 : LostBytes;
        var sb = new StringBuilder(clean.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(clean))
        {
            if (Array.IndexOf(lost, b) >= 0) continue;
            sb.Append(b < 0x80 ? (char)b : enc.GetString([b])[0]);
        }
        return sb.ToString();
    }

    // Turkish letters only come from 1254, whose round trip also loses 0x8E and 0x9E; Ž/ž (1252's
    // 0x8E/0x9E, each about 1 in 64 continuation bytes) only survive 1252. With neither, the text is
    // 1254 or too short to tell, and the lexicon can afford the two extra guesses (型 from "å‹").
    private static bool Uses1254(string text) => text.AsSpan().IndexOfAny("Žž") < 0;

    private static bool ShouldRepair(LineAnalysis a, bool documentIsMojibake)
    {
        // At least one well-formed sequence on the line itself: a lone "é" in a clean line beside
        // damaged ones is a real é. Document-wide evidence only relaxes how many may be broken.
        if (a.Stray > 0 || a.Valid == 0) return false;
        return documentIsMojibake || a.Valid >= a.Broken;
    }

    // Cheap pre-filter: mojibake of UTF-8 always contains a lead byte seen as Â..ô (or ğ from 1254).
    private static bool HasSuspects(string s)
    {
        foreach (var c in s)
            if (c is >= '\u00C2' and <= '\u00F4' or 'ğ' or 'Ğ' or 'İ' or 'ı' or 'Ş' or 'ş') return true;
        return false;
    }

    private sealed record LineAnalysis(List<Piece> Pieces, int Valid, int Broken, int Stray, int Guessed, int Unrecoverable);

    // Splits the line into runs of characters that Windows-1252/1254 can produce, turns each run
    // back into bytes and decodes them; characters outside those code pages are kept as they are.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static LineAnalysis Analyse(string line, byte[] lost)
    {
        var pieces = new List<Piece>();
        var counts = new Counts();
        var bytes = new List<byte>();
        var i = 0;
        while (i < line.Length)
        {
            if (!ToByte.ContainsKey(line[i])) { pieces.Add(new Piece(line[i].ToString())); i++; continue; }
            bytes.Clear();
            var start = i;
            while (i < line.Length && ToByte.TryGetValue(line[i], out var b)) { bytes.Add(b); i++; }
            DecodeRun(bytes, line, start, pieces, counts, lost);
        }
        return new LineAnalysis(pieces, counts.Valid, counts.Broken, counts.Stray, counts.Guessed, counts.Unrecoverable);
    }

    private static readonly Piece[] AsciiPieces = Enumerable.Range(0, 128).Select(c => new Piece(((char)c).ToString())).ToArray();

    private sealed class Counts
    {
        public int Valid, Broken, Stray, Guessed, Unrecoverable;
    }

    private static void DecodeRun(List<byte> b, string line, int runStart, List<Piece> pieces, Counts n, byte[] lost)
    {
        var p = 0;
        while (p < b.Count)
        {
            var lead = b[p];
            if (lead < 0x80) { pieces.Add(AsciiPieces[lead]); p++; continue; }
            var need = lead switch { >= 0xC2 and <= 0xDF => 1, >= 0xE0 and <= 0xEF => 2, >= 0xF0 and <= 0xF4 => 3, _ => -1 };
            if (need < 0)
            {
                // A continuation byte without a lead, or a byte UTF-8 never uses: not our mojibake.
                n.Stray++;
                pieces.Add(new Piece(line[runStart + p].ToString()));
                p++;
                continue;
            }
            var have = 0;
            while (have < need && p + 1 + have < b.Count && IsContinuation(b[p + 1 + have])) have++;
            var seq = CollectionsMarshal.AsSpan(b).Slice(p, 1 + have).ToArray();
            if (have == need && TryDecodeOne(seq, out var text))
            {
                n.Valid++;
                pieces.Add(new Piece(text));
            }
            else if (have < need && need - have <= 2)
            {
                n.Broken++;
                var candidates = CandidateScorer.Candidates(seq, need - have, lost);
                if (candidates.Count == 0) { n.Unrecoverable++; pieces.Add(new Piece("\uFFFD")); }
                else { n.Guessed++; pieces.Add(new Piece(candidates[0].Text, candidates)); }
            }
            else
            {
                n.Stray++;
                pieces.Add(new Piece(line.Substring(runStart + p, 1 + have)));
            }
            p += 1 + have;
        }
    }

    internal static bool IsContinuation(byte b) => b is >= 0x80 and <= 0xBF;

    /// <summary>Decodes one complete UTF-8 sequence, rejecting overlong forms, surrogates and values past U+10FFFF.</summary>
    internal static bool TryDecodeOne(ReadOnlySpan<byte> seq, out string text)
    {
        // Hand-rolled rather than a throwing decoder: candidates are mostly invalid, and exceptions are slow.
        text = "";
        if (seq.Length == 0) return false;
        int cp, min;
        var lead = seq[0];
        switch (seq.Length)
        {
            case 1: if (lead >= 0x80) return false; cp = lead; min = 0; break;
            case 2: if ((lead & 0xE0) != 0xC0) return false; cp = lead & 0x1F; min = 0x80; break;
            case 3: if ((lead & 0xF0) != 0xE0) return false; cp = lead & 0x0F; min = 0x800; break;
            case 4: if ((lead & 0xF8) != 0xF0) return false; cp = lead & 0x07; min = 0x10000; break;
            default: return false;
        }
        for (var i = 1; i < seq.Length; i++)
        {
            if (!IsContinuation(seq[i])) return false;
            cp = (cp << 6) | (seq[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF) return false;
        text = char.ConvertFromUtf32(cp);
        return true;
    }

    private static Dictionary<char, byte> BuildReverseMap()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0; b < 0x80; b++) map[(char)b] = (byte)b;
        // 1252 first; 1254 adds the Turkish letters (ğ ı ş İ Ş Ğ) it puts where 1252 has ð ý þ Ý Þ Ð.
        foreach (var cp in new[] { 1252, 1254 })
        {
            var enc = Encoding.GetEncoding(cp, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFF"));
            for (var b = 0x80; b <= 0xFF; b++)
            {
                var c = enc.GetString([(byte)b])[0];
                if (c != '\uFFFF') map.TryAdd(c, (byte)b);
            }
        }
        // Some tools keep the undefined bytes as C1 controls; map those back too.
        foreach (var lost in LostBytes) map.TryAdd((char)lost, lost);
        return map;
    }
}
