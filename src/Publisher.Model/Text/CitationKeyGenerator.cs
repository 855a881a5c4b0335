using System.Globalization;
using System.Text;

namespace Publisher.Model;

/// <summary>
/// Citation keys in the style Google Scholar made familiar: first author's family name, year, first
/// significant title word, ASCII-folded (<c>vaswani2017attention</c>). Entries sharing a key get
/// <c>a</c>, <c>b</c>… in the order of their ids, so a key depends only on its colliding group:
/// adding an unrelated entry never changes it, and two runs give the same keys. In the model because
/// the BibTeX writer exports these keys and the handbook resolves <c>[@key]</c> citations with them.
/// </summary>
public static class CitationKeyGenerator
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "or", "with", "at", "by", "from", "into", "via",
        "is", "are", "be", "do", "does", "how", "what", "when", "why", "can", "towards", "toward", "as", "its", "it",
        "we", "our", "your", "this", "that", "through", "about", "beyond", "not", "all", "no",
    };

    /// <summary>Keys for every entry, indexed like <paramref name="entries"/>.</summary>
    public static string[] Assign(IReadOnlyList<Entry> entries)
    {
        var keys = new string[entries.Count];
        var baseKeys = new string[entries.Count];
        for (var i = 0; i < entries.Count; i++) baseKeys[i] = BaseKey(entries[i]);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var groups = Enumerable.Range(0, entries.Count).GroupBy(i => baseKeys[i], StringComparer.Ordinal).ToList();
        foreach (var g in groups.Where(g => g.Count() == 1)) used.Add(g.Key);
        foreach (var g in groups)
        {
            if (g.Count() == 1) { keys[g.First()] = g.Key; continue; }
            var suffix = 0;
            foreach (var i in g.OrderBy(i => entries[i].Id, StringComparer.Ordinal).ThenBy(i => entries[i].Title, StringComparer.Ordinal))
            {
                string key;
                do key = g.Key + Letters(suffix++); while (!used.Add(key));
                keys[i] = key;
            }
        }
        return keys;
    }

    /// <summary>The key before disambiguation; never empty.</summary>
    public static string BaseKey(Entry entry)
    {
        var author = entry.Authors.FirstOrDefault(a => !a.IsOthers);
        var name = author is null ? "" : Fold(FirstWord(author.Family ?? author.Literal ?? author.Given ?? ""));
        var year = entry.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "";
        var word = "";
        foreach (var w in entry.Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var f = Fold(w);
            if (f.Length == 0 || StopWords.Contains(f)) continue;
            word = f;
            break;
        }
        var key = name.Length > 0 ? name + year + word : word + year;
        if (key.Length == 0) key = "entry";
        // Keys that start with a digit confuse some tools (and look odd); prefix them.
        return char.IsDigit(key[0]) ? "x" + key : key;
    }

    /// <summary>Lower-case ASCII letters and digits of a word, accents removed (<c>Müller</c> → <c>muller</c>).</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        string decomposed;
        try { decomposed = s.Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { decomposed = s; } // a lone surrogate: keep what can be kept
        foreach (var c in decomposed)
        {
            var l = char.ToLowerInvariant(c);
            if (l is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(l);
            else if (l == 'ß') sb.Append("ss");
            else if (l == 'æ') sb.Append("ae");
            else if (l == 'œ') sb.Append("oe");
            else if (l == 'ø') sb.Append('o');
            else if (l == 'ł') sb.Append('l');
            else if (l == 'đ') sb.Append('d');
        }
        return sb.ToString();
    }

    // A corporate author "OpenAI Team" gives "openai", as a family name "van der Berg" gives "berg" after the particle split.
    private static string FirstWord(string s)
    {
        var parts = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[0];
    }

    private static string Letters(int n) => n < 26 ? ((char)('a' + n)).ToString() : Letters(n / 26 - 1) + (char)('a' + n % 26);
}
