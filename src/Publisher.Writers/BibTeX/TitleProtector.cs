using System.Text;

namespace Publisher.Writers.BibTeX;

/// <summary>
/// Braces the words of a title that a style must not lower-case: acronyms and words with inner
/// capitals (<c>{LoRA}</c>, <c>{GPT-4}</c>, <c>{iPhone}</c>), and, in a sentence-case title, every
/// capitalised word after the first (proper nouns such as <c>{Chinese}</c>).
/// </summary>
public static class TitleProtector
{
    /// <summary>Encodes and protects a title.</summary>
    public static string Protect(string title, bool ascii)
    {
        var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var sentenceCase = IsSentenceCase(words);
        var sb = new StringBuilder(title.Length + 16);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            var w = words[i];
            var protect = HasInnerCapital(w) || (sentenceCase && i > 0 && StartsUpper(w) && !AfterColon(words, i));
            if (protect) sb.Append('{');
            LatexEncoder.Append(sb, w, ascii);
            if (protect) sb.Append('}');
        }
        return sb.ToString();
    }

    /// <summary>True for <c>LoRA</c>, <c>GPT-4</c>, <c>BERT</c>, <c>iPhone</c>: a capital after the first letter of a hyphen part.</summary>
    public static bool HasInnerCapital(string word)
    {
        foreach (var part in word.Split('-', '/'))
        {
            var letters = 0;
            foreach (var c in part)
            {
                if (!char.IsUpper(c) && !char.IsLower(c)) continue; // CJK letters have no case
                if (letters > 0 && char.IsUpper(c)) return true;
                letters++;
            }
        }
        return false;
    }

    private static bool StartsUpper(string w)
    {
        foreach (var c in w)
            if (char.IsLetter(c)) return char.IsUpper(c);
        return false;
    }

    // Styles keep the capital after "Title: Subtitle" themselves.
    private static bool AfterColon(string[] words, int i) => words[i - 1].EndsWith(':') || words[i - 1].EndsWith('?') || words[i - 1].EndsWith('!');

    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "from", "into", "onto", "upon", "over", "than", "that", "this", "these", "those", "when", "where", "which",
        "while", "without", "within", "versus", "toward", "towards", "through", "about", "under", "between",
    };

    // Title case capitalises the longer words; a sentence-case title leaves them lower-case, so its capitals are names.
    private static bool IsSentenceCase(string[] words)
    {
        int candidates = 0, lower = 0;
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length < 4 || !char.IsLetter(w[0]) || HasInnerCapital(w) || AfterColon(words, i) || MinorWords.Contains(w)) continue;
            candidates++;
            if (char.IsLower(w[0])) lower++;
        }
        return lower > 0 && lower * 2 >= candidates;
    }
}
