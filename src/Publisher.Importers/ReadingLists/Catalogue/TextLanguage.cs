namespace Publisher.Importers.ReadingLists.Catalogue;

/// <summary>Tells Chinese from English text by the share of CJK ideographs among letters.</summary>
internal static class TextLanguage
{
    /// <summary>Share of CJK ideographs among letters (0 when there are no letters).</summary>
    public static double CjkShare(string text)
    {
        int cjk = 0, letters = 0;
        foreach (var c in text)
        {
            if (IsCjk(c)) { cjk++; letters++; }
            else if (char.IsLetter(c)) letters++;
        }
        return letters == 0 ? 0 : (double)cjk / letters;
    }

    /// <summary><c>zh</c> when CJK ideographs make up a fifth of the letters (one ideograph carries a word), else <c>en</c>.</summary>
    public static string Detect(string text) => CjkShare(text) >= 0.2 ? "zh" : "en";

    /// <summary>True for CJK Unified Ideographs (basic block and extension A).</summary>
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
