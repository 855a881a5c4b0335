using System.Text;

namespace Publisher.Model;

/// <summary>
/// Parses personal names the way BibTeX does ("Last, First", "First von Last", "Last, Jr, First",
/// braces for corporate names) plus the free-text author lines of reading lists.
/// </summary>
public static class PersonNameParser
{
    private static readonly string[] OrganisationWords =
    [
        "team", "community", "lab", "labs", "laboratory", "university", "institute", "inc", "inc.", "ltd", "corp",
        "corporation", "group", "research", "ai", "foundation", "consortium", "project", "organization", "organisation",
        "openai", "google", "meta", "microsoft", "deepmind", "anthropic", "company", "center", "centre", "academy",
    ];

    /// <summary>Parses one name. Returns <see cref="Person.Others"/> for "et al." / "others".</summary>
    public static Person Parse(string name)
    {
        var n = Collapse(name.Trim().TrimEnd('.', ',', ';').Trim());
        if (n.Length == 0) return Person.OfLiteral(name.Trim());
        if (IsOthersMarker(n)) return Person.Others;
        if (n.Length > 1 && n[0] == '{' && MatchingBrace(n, 0) == n.Length - 1)
            return Person.OfLiteral(n[1..^1].Trim());
        if (CjkText.ContainsIdeograph(n)) return Person.OfLiteral(n);

        var commaParts = SplitTopLevel(n, ',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (commaParts.Count >= 2)
        {
            // "von Last, Jr, First" or "von Last, First"
            var (particle, family) = SplitParticle(Words(commaParts[0]));
            var suffix = commaParts.Count >= 3 ? commaParts[1] : null;
            var given = commaParts[^1];
            return new Person { Family = StripBraces(family), Particle = particle, Given = NullIfEmpty(StripBraces(given)), Suffix = suffix };
        }

        var words = Words(n);
        if (words.Count == 1) return new Person { Family = StripBraces(words[0]) };
        if (LooksLikeOrganisation(words)) return Person.OfLiteral(StripBraces(n));

        // "First von Last": the particle is the first run of lower-case words after the given names.
        var firstLower = -1;
        for (var i = 1; i < words.Count - 1; i++)
            if (IsLowerWord(words[i])) { firstLower = i; break; }
        if (firstLower > 0)
        {
            var lastLower = firstLower;
            while (lastLower + 1 < words.Count - 1 && IsLowerWord(words[lastLower + 1])) lastLower++;
            return new Person
            {
                Given = StripBraces(string.Join(' ', words.Take(firstLower))),
                Particle = string.Join(' ', words.Skip(firstLower).Take(lastLower - firstLower + 1)),
                Family = StripBraces(string.Join(' ', words.Skip(lastLower + 1))),
            };
        }
        return new Person { Given = StripBraces(string.Join(' ', words.Take(words.Count - 1))), Family = StripBraces(words[^1]) };
    }

    /// <summary>Splits a BibTeX author field on top-level <c>and</c> and parses each name.</summary>
    public static IReadOnlyList<Person> ParseBibTeXList(string field)
    {
        var result = new List<Person>();
        foreach (var part in SplitOnAnd(field))
        {
            var p = part.Trim();
            if (p.Length > 0) result.Add(Parse(p));
        }
        return result;
    }

    /// <summary>
    /// Parses a free-text author line from a reading list ("A B, C D and E F", "张三、李四", "A et al.").
    /// Commas separate people here, not family and given names.
    /// </summary>
    public static IReadOnlyList<Person> ParseFreeList(string line)
    {
        var text = Collapse(line.Trim().Trim('*', '_').Trim().TrimEnd('.', '。'));
        var result = new List<Person>();
        var hasOthers = false;
        foreach (var marker in new[] { "et al", "et. al", "等人", "等" })
        {
            var idx = text.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (idx > 0 && text[(idx + marker.Length)..].Trim().TrimEnd('.').Length == 0)
            {
                text = text[..idx].Trim().TrimEnd(',', '，');
                hasOthers = true;
                break;
            }
        }
        var pieces = new List<string>();
        foreach (var piece in SplitTopLevel(text, ',', ';', '、', '，', '；'))
            pieces.AddRange(SplitOnAnd(piece.Replace(" & ", " and ")));
        foreach (var piece in pieces)
        {
            var p = piece.Trim();
            if (p.Length > 0) result.Add(Parse(p));
        }
        if (hasOthers) result.Add(Person.Others);
        return result;
    }

    /// <summary>True when the string is an "et al." / "others" marker.</summary>
    public static bool IsOthersMarker(string s)
    {
        var t = s.Trim().TrimEnd('.').Trim();
        return t.Equals("others", StringComparison.OrdinalIgnoreCase) || t.Equals("et al", StringComparison.OrdinalIgnoreCase)
            || t.Equals("et. al", StringComparison.OrdinalIgnoreCase) || t == "等" || t == "等人";
    }

    private static bool LooksLikeOrganisation(List<string> words) =>
        words.Any(w => OrganisationWords.Contains(w.Trim('.', ',').ToLowerInvariant()));

    private static bool IsLowerWord(string w) => w.Length > 0 && char.IsLower(w[0]) && w.All(c => char.IsLetter(c) || c == '\'' || c == '-');

    private static (string? Particle, string Family) SplitParticle(List<string> words)
    {
        var i = 0;
        while (i < words.Count - 1 && IsLowerWord(words[i])) i++;
        return (i == 0 ? null : string.Join(' ', words.Take(i)), string.Join(' ', words.Skip(i)));
    }

    private static List<string> Words(string s)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in s)
        {
            if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            if (depth == 0 && (c == ' ' || c == '~'))
            {
                if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
                continue;
            }
            sb.Append(c);
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    private static IEnumerable<string> SplitOnAnd(string field)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < field.Length
                && (field[i + 1] == 'a' || field[i + 1] == 'A') && (field[i + 2] == 'n' || field[i + 2] == 'N')
                && (field[i + 3] == 'd' || field[i + 3] == 'D') && char.IsWhiteSpace(field[i + 4]))
            {
                yield return field[start..i];
                start = i + 5;
                i += 4;
            }
        }
        yield return field[start..];
    }

    private static List<string> SplitTopLevel(string s, params char[] separators)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '{') depth++;
            else if (s[i] == '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && Array.IndexOf(separators, s[i]) >= 0)
            {
                parts.Add(s[start..i]);
                start = i + 1;
            }
        }
        parts.Add(s[start..]);
        return parts;
    }

    private static int MatchingBrace(string s, int open)
    {
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            if (s[i] == '{') depth++;
            else if (s[i] == '}' && --depth == 0) return i;
        }
        return -1;
    }

    private static string StripBraces(string s) => s.Replace("{", "").Replace("}", "");

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
