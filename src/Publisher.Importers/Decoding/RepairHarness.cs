using System.Text;
using Publisher.Model;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Measures mojibake repair on clean text: damages it exactly as seed 003 was damaged (UTF-8 bytes
/// read as Windows-1252 or -1254, undefined bytes and the soft hyphen dropped), repairs it, and
/// compares line by line with the original. Used by the decoding tests and <c>publisher bench mojibake</c>.
/// </summary>
public static class RepairHarness
{
    /// <summary>Damages <paramref name="clean"/> with <paramref name="codePage"/>, repairs it and scores the result.</summary>
    public static RepairAccuracy Measure(string name, string clean, int codePage = 1252)
    {
        clean = clean.Replace("\r\n", "\n");
        var repair = MojibakeRepairer.Repair(MojibakeRepairer.Damage(clean, codePage));
        return Compare(name, clean, repair, codePage);
    }

    /// <summary>Scores <paramref name="repair"/> (of <paramref name="clean"/> damaged with <paramref name="codePage"/>) against the clean text.</summary>
    public static RepairAccuracy Compare(string name, string clean, MojibakeRepairResult repair, int codePage)
    {
        var lost = codePage == 1254 ? MojibakeRepairer.LostBytes1254 : MojibakeRepairer.LostBytes;
        var cleanLines = clean.Split('\n');
        var repairedLines = repair.Text.Split('\n');
        var uncertainAt = repair.UncertainCharacters.Select(u => (u.Line, u.Column)).ToHashSet();
        int chinese = 0, chineseRight = 0, damagedChinese = 0, damagedChineseRight = 0, damaged = 0, damagedRight = 0;
        int headings = 0, headingsRight = 0, paragraphs = 0, paragraphsRight = 0, uncertain = repair.UncertainCharacters.Count, uncertainWrong = 0;
        bool inParagraph = false, paragraphChinese = false, paragraphRight = true;
        Span<byte> utf8 = stackalloc byte[4];
        for (var li = 0; li < cleanLines.Length; li++)
        {
            var c = cleanLines[li];
            var r = li < repairedLines.Length ? repairedLines[li] : "";
            // Repair never changes a line's length in UTF-16 units, so columns align; a line left
            // unrepaired (or misaligned) counts every non-ASCII character in it as wrong.
            var aligned = c.Length == r.Length;
            for (var i = 0; i < c.Length; i++)
            {
                if (c[i] < 0x80) continue;
                var rune = Rune.GetRuneAt(c, i);
                var width = rune.Utf16SequenceLength;
                var right = aligned && string.CompareOrdinal(c, i, r, i, width) == 0;
                var isChinese = CjkText.IsIdeograph(c[i]);
                var n = rune.EncodeToUtf8(utf8);
                var wasDamaged = false;
                foreach (var b in utf8[..n]) if (Array.IndexOf(lost, b) >= 0) { wasDamaged = true; break; }
                if (isChinese) { chinese++; if (right) chineseRight++; }
                if (wasDamaged)
                {
                    damaged++; if (right) damagedRight++;
                    if (isChinese) { damagedChinese++; if (right) damagedChineseRight++; }
                }
                if (!right && uncertainAt.Contains((li + 1, i + 1))) uncertainWrong++;
                i += width - 1;
            }
            var hasChinese = CjkText.ContainsIdeograph(c);
            var verbatim = c == r;
            if (c.TrimStart().StartsWith('#'))
            {
                if (hasChinese) { headings++; if (verbatim) headingsRight++; }
                CloseParagraph();
            }
            else if (c.Trim().Length == 0) CloseParagraph();
            else
            {
                inParagraph = true;
                paragraphChinese |= hasChinese;
                paragraphRight &= verbatim;
            }
        }
        CloseParagraph();
        return new RepairAccuracy(name, chinese, chineseRight, damagedChinese, damagedChineseRight, damaged, damagedRight,
            headings, headingsRight, paragraphs, paragraphsRight, uncertain, uncertainWrong);

        void CloseParagraph()
        {
            if (inParagraph && paragraphChinese) { paragraphs++; if (paragraphRight) paragraphsRight++; }
            inParagraph = false; paragraphChinese = false; paragraphRight = true;
        }
    }
}
