namespace Publisher.Pdf.Layout;

/// <summary>
/// Where a line may break: after spaces in Latin text, between CJK characters, never before closing
/// CJK punctuation (<c>，。）」</c>) nor after opening punctuation (<c>（「</c>) — the usual kinsoku rules.
/// </summary>
internal static class LineBreakRules
{
    private const string NoStart = "，。、；：？！）」』】》〉〕｝］”’…‥—–·・～％‰,.;:!?)]}%ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private const string NoEnd = "（「『【《〈〔｛［“‘([{";

    /// <summary>True for ideographs, kana, hangul, CJK punctuation and full-width forms.</summary>
    public static bool IsCjk(int cp) =>
        cp is >= 0x2E80 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;

    /// <summary>True when the character may not begin a line.</summary>
    public static bool CannotStartLine(int cp) => cp <= 0xFFFF && NoStart.Contains((char)cp);

    /// <summary>True when the character may not end a line.</summary>
    public static bool CannotEndLine(int cp) => cp <= 0xFFFF && NoEnd.Contains((char)cp);

    /// <summary>For each char index, whether a line may start there (index 0 and surrogate tails are false).</summary>
    public static bool[] Opportunities(string text)
    {
        var result = new bool[text.Length + 1];
        result[text.Length] = true;
        var prev = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i])) continue;
            var cp = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (prev >= 0) result[i] = Allowed(prev, cp);
            prev = cp;
        }
        return result;
    }

    private static bool Allowed(int prev, int next)
    {
        if (next == ' ') return false; // spaces hang at the end of the line
        if (CannotStartLine(next) || CannotEndLine(prev)) return false;
        if (prev == ' ') return true;
        if (IsCjk(prev) || IsCjk(next)) return true;
        // Long URLs and hyphenated words: break after '-' or '/' when a letter or digit follows.
        return (prev == '-' || prev == '/') && char.IsLetterOrDigit((char)Math.Min(next, 0xFFFF));
    }
}
