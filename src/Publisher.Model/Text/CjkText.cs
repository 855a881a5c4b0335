namespace Publisher.Model;

/// <summary>
/// Han-ideograph tests shared by every stage, so that "is this Chinese?" has one answer: importers
/// tag summaries with it, merge prefers non-Chinese titles with it, writers pick languages with it.
/// </summary>
public static class CjkText
{
    /// <summary>True for CJK Unified Ideographs and Extension A.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>True when the text contains at least one ideograph.</summary>
    public static bool ContainsIdeograph(string? s) =>
        s is not null && (s.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0 || s.AsSpan().IndexOfAnyInRange('\u3400', '\u4DBF') >= 0);

    /// <summary>Ideographs as a share of all letters (0 when there are none).</summary>
    public static double IdeographShare(string text)
    {
        int ideographs = 0, letters = 0;
        foreach (var c in text)
        {
            if (IsIdeograph(c)) { ideographs++; letters++; }
            else if (char.IsLetter(c)) letters++;
        }
        return letters == 0 ? 0 : (double)ideographs / letters;
    }

    /// <summary>
    /// <c>zh</c> when at least a fifth of the letters are ideographs, else <c>en</c>: a Chinese summary
    /// full of English terms stays Chinese, an English one quoting a Chinese name stays English.
    /// </summary>
    public static string GuessLanguage(string text) => IdeographShare(text) >= 0.2 ? "zh" : "en";
}
