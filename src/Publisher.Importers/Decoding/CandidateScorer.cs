using Publisher.Model;
using System.Globalization;
using System.Text;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Lists the characters a damaged UTF-8 sequence may have been, by re-inserting the bytes a
/// Windows-1252 round trip loses at every position and keeping the valid results, ranked on their
/// own: CJK punctuation and GB2312 level 1 and 2 ideographs first, then other letters, and rare
/// ideographs last. <see cref="LexiconScorer"/> then chooses among them in context.
/// </summary>
internal static class CandidateScorer
{
    // Most frequent CJK and full-width punctuation first.
    private const string CommonPunctuation = "，。、：；！？（）【】「」『』《》“”‘’—…·－／＝～〈〉〔〕";
    private const string Openers = "（【「『《“‘〈〔";
    private const string Closers = "）】」』》”’〉〕";

    private static readonly Encoding Gbk;

    static CandidateScorer()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gbk = Encoding.GetEncoding(936, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);
    }

    /// <summary>
    /// Plausible characters for <paramref name="present"/> (a lead byte and the continuation bytes that
    /// survived) with <paramref name="missing"/> of <paramref name="lostBytes"/> lost, best first; empty when none is plausible.
    /// </summary>
    public static IReadOnlyList<Candidate> Candidates(byte[] present, int missing, byte[] lostBytes)
    {
        // Damaged patterns repeat thousands of times in a file; the ranking depends only on the key.
        var key = (Convert.ToHexString(present), missing, lostBytes.Length);
        return Cache.GetOrAdd(key, _ => Rank(present, missing, lostBytes));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int, int), IReadOnlyList<Candidate>> Cache = new();

    private static IReadOnlyList<Candidate> Rank(byte[] present, int missing, byte[] lostBytes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Candidate>();
        foreach (var seq in Insertions(present, missing, lostBytes))
            if (MojibakeRepairer.TryDecodeOne(seq, out var text) && seen.Add(text) && Score(text) is > 0 and var score)
                list.Add(new Candidate(text, score));
        // Stable: equal scores keep generation order, so the result is deterministic.
        return list.OrderByDescending(c => c.Score).ToList();
    }

    private static IEnumerable<byte[]> Insertions(byte[] present, int missing, byte[] lostBytes)
    {
        if (missing == 0) { yield return present; yield break; }
        // Lead bytes are never lost, so insert only after position 0.
        for (var pos = 1; pos <= present.Length; pos++)
            foreach (var lost in lostBytes)
            {
                var next = new byte[present.Length + 1];
                Array.Copy(present, next, pos);
                next[pos] = lost;
                Array.Copy(present, pos, next, pos + 1, present.Length - pos);
                foreach (var full in Insertions(next, missing - 1, lostBytes)) yield return full;
            }
    }

    /// <summary>Plausibility of one character on its own; 0 means impossible.</summary>
    internal static int Score(string candidate)
    {
        var cp = char.ConvertToUtf32(candidate, 0);
        if (cp is >= 0xFDD0 and <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) return 0;
        var c = candidate[0];
        var cat = CharUnicodeInfo.GetUnicodeCategory(candidate, 0);
        if (cat is UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate) return 0;
        if (cat == UnicodeCategory.Format) return cp == 0xAD ? 100 : 50;
        var punct = CommonPunctuation.IndexOf(c);
        if (punct >= 0 && candidate.Length == 1) return 19000 - punct * 20;
        if (cp is >= 0x4E00 and <= 0x9FFF)
        {
            return GbkLevel(c) switch { 1 => 12000, 2 => 10000, _ => 8000 };
        }
        if (cp is >= 0x3400 and <= 0x4DBF) return 3000;
        if (cp is >= 0x3040 and <= 0x30FF) return 6000; // kana
        if (cp is >= 0xF900 and <= 0xFAFF) return 2000; // compatibility ideographs: almost never typed
        if (cp is >= 0xFE00 and <= 0xFE0F) return 4800; // variation selectors follow emoji
        if (cp is >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF) return 1000; // presentation forms
        // Letters of other scripts (Coptic, Cyrillic, ...) are almost never what a Chinese list lost:
        // rank them below everything plausible so that e.g. U+2CC1 is never chosen over punctuation.
        if (cp >= 0x0250 && cat is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter) return 500;
        return cat switch
        {
            UnicodeCategory.LowercaseLetter => 5100,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.DecimalDigitNumber => 5000,
            UnicodeCategory.OtherSymbol when cp >= 0x1F000 => 4500, // emoji
            _ => 4000,
        };
    }

    // 1 = GB2312 level 1 (3,755 common hanzi), 2 = level 2, 0 = outside GB2312.
    internal static int GbkLevel(char c)
    {
        Span<byte> buf = stackalloc byte[4];
        var n = Gbk.GetBytes([c], buf);
        if (n != 2 || buf[1] < 0xA1) return 0;
        return buf[0] switch { >= 0xB0 and <= 0xD7 => 1, >= 0xD8 and <= 0xF7 => 2, _ => 0 };
    }
}
