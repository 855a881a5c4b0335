using System.Globalization;
using System.Text;

namespace Publisher.Model;

/// <summary>
/// Normalises titles for comparison: Unicode compatibility (full width → ASCII), case, accents,
/// punctuation and spacing. Used by merge and by arXiv title matching so both agree.
/// </summary>
public static class TitleNormalizer
{
    /// <summary>Lower-case words separated by single spaces; punctuation and accents removed.</summary>
    public static string Normalize(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return "";
        var decomposed = title.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    /// <summary>
    /// The normalised title without a short leading label such as <c>GPT2:</c> or <c>LLaMA -</c>,
    /// so "GPT-2: Language Models are ..." and "Language models are ..." compare equal.
    /// Returns the plain normalised title when there is no such label.
    /// </summary>
    public static string NormalizeWithoutPrefix(string? title) => NormalizeWithoutPrefix(title, null);

    /// <summary>
    /// <see cref="NormalizeWithoutPrefix(string?)"/> for a title whose <see cref="Normalize"/> form is already
    /// known: a title without a label (most of them) is not normalised a second time.
    /// </summary>
    public static string NormalizeWithoutPrefix(string? title, string? normalized)
    {
        if (string.IsNullOrWhiteSpace(title)) return "";
        var t = title.Trim();
        var idx = t.IndexOfAny([':', '：']);
        if (idx > 0 && idx <= 24)
        {
            var head = t[..idx];
            var rest = t[(idx + 1)..];
            if (head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && Normalize(rest).Split(' ').Length >= 3)
                return Normalize(rest);
        }
        // Trimming changes nothing here: normalising drops leading and trailing spaces anyway.
        return normalized ?? Normalize(t);
    }

    /// <summary>Similarity in [0,1] of two titles: Sørensen–Dice over character bigrams of the normalised forms.</summary>
    public static double Similarity(string? a, string? b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (x.Length == 0 || y.Length == 0) return 0;
        return x == y ? 1 : Dice(Bigrams(x), Bigrams(y));
    }

    /// <summary>The sorted character bigrams of an already normalised title, for callers that compare one title many times.</summary>
    public static int[] Bigrams(string normalized)
    {
        if (normalized.Length < 2) return [];
        var b = new int[normalized.Length - 1];
        for (var i = 0; i + 1 < normalized.Length; i++) b[i] = (normalized[i] << 16) | normalized[i + 1];
        Array.Sort(b);
        return b;
    }

    /// <summary>Sørensen–Dice coefficient of two sorted bigram arrays from <see cref="Bigrams"/>.</summary>
    public static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, overlap = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { overlap++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return 2.0 * overlap / (a.Length + b.Length);
    }
}
