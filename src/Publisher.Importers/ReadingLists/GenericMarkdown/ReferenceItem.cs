using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Importers.ReadingLists.Coverage;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.GenericMarkdown;

/// <summary>
/// A paper named in a list item without a link, as a reference: "Authors: Title, Venue Year.", "Authors. Title.
/// Venue, Year." or "Authors (Year). Title. Venue." — the way "must-read" lists are often kept. Parsing stops at
/// the first author-like prefix, so a title with a subtitle ("Deep Nets: A Study") is read whole unless the words
/// before its colon read as people. "A and B, Title, Venue, Year" (commas only) is read when the author list says
/// where it ends (<see cref="CommaSeparated"/>); <see cref="ParseAfterTitle"/> reads what follows a linked title.
/// </summary>
/// <param name="Title">The work's title.</param>
/// <param name="Authors">The author text as written ("A, B and C et al."), or null for a bare title.</param>
/// <param name="Venue">The venue after the title, when there is one.</param>
/// <param name="Year">The year at the end (or after the authors), when there is one.</param>
/// <param name="StrongAuthors">True when the author text cannot be a title's first words: several people, an initial or "et al.".</param>
public sealed partial record ReferenceItem(string Title, string? Authors, string? Venue, int? Year, bool StrongAuthors)
{
    /// <summary>The reference in <paramref name="text"/> (an item's prose), or null when no author prefix is found.</summary>
    public static ReferenceItem? Parse(string text)
    {
        var t = MarkdownSyntax.Collapse(text).Trim();
        if (t.Length is < 10 or > 600 || CjkText.ContainsIdeograph(t)) return null;
        // Tried first: "Pat Doe and Ann Roe, Toy Things: A Study, KDD 2002" would otherwise take "Toy Things" for a
        // third author at the colon.
        if (ParseCommaSeparated(t) is { } commaSeparated) return commaSeparated;
        foreach (Match m in AuthorEnd().Matches(t))
        {
            var prefix = t[..m.Index].Trim();
            // "Fernando C.N. Pereira": a full stop after an initial ends the initial, not the author list.
            if (m.Value.StartsWith('.') && EndsWithInitial().IsMatch(prefix)) continue;
            // The prefix is judged before the tail is split: most separators in prose follow no author list.
            if (AuthorShape(prefix) is not { } shape) continue;
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            var (title, venue, tailYear) = SplitTail(t[(m.Index + m.Length)..]);
            // "Collins and Singer: Title, EMNLP 1999": family names alone are people when a year or venue follows.
            if (shape.FamilyNamesOnly && year is null && tailYear is null && venue is null) continue;
            var strong = shape.Certain;
            if (title is null || !TitleText.IsTitle(title) || TitleText.WordCount(title) is < 2 or > 30) return null;
            // "Alice Smith and Bob Jones: for reviewing the drafts": a credit, not a title.
            if (!(char.IsUpper(title[0]) || char.IsDigit(title[0]) || title[0] is '"' or '“' or '\'' or '‘')) return null;
            return new ReferenceItem(title, prefix.TrimEnd(',', ' '), venue, year ?? tailYear, strong);
        }
        return null;
    }

    /// <summary>
    /// The work an item names between Chinese title marks ("《Attention Is All You Need》（2017）", "《中文标题》，2032"), with
    /// the year after it, or null when the item does not start with a marked title.
    /// </summary>
    public static ReferenceItem? ParseMarked(string text)
    {
        var t = MarkdownSyntax.Collapse(text).Trim();
        t = t[TitleText.ListNumberLength(t)..].TrimStart();
        var close = t.IndexOf('》');
        if (!t.StartsWith('《') || close < 2) return null;
        var title = t[1..close].Trim();
        if (!TitleText.IsTitle(title)) return null;
        int? year = MarkedYear().Match(t[(close + 1)..]) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : null;
        return new ReferenceItem(title, null, null, year, false);
    }

    /// <summary>True when the list gives a year or a venue after the title, as references do and notes rarely.</summary>
    public bool Dated => Year is not null || Venue is not null;

    /// <summary>True when only commas part the authors from the title ("Pat Doe and Ann Roe, Title, KDD, 2002").</summary>
    public bool CommaSeparated { get; init; }

    /// <summary>
    /// True when the item alone says it is a reference: people for certain and a year or venue. A comma-separated
    /// one needs a venue: "Joel Doe and Ann Roe, The Invented Film, 1998" is as often a film list.
    /// </summary>
    public bool IsCertain => StrongAuthors && DatedForCertain;

    /// <summary>True when the year or venue after the title says it is a reference: a venue when only commas part it.</summary>
    public bool DatedForCertain => CommaSeparated ? Venue is not null : Dated;

    /// <summary>
    /// The authors, venue and year that follow a title known from its link or emphasis
    /// ("[Title](…). Pat Doe, Ann Roe. KDD 2020.", "**Title** (2014), P. Doe and A. Roe"), or null unless the text
    /// is exactly that: people for certain, then a year or venue and nothing else.
    /// </summary>
    public static ReferenceItem? ParseAfterTitle(string title, string rest)
    {
        var r = MarkdownSyntax.Collapse(rest).Trim().TrimStart(AfterTitle).TrimEnd('.', ' ');
        if (r.Length is < 5 or > 600 || CjkText.ContainsIdeograph(r)) return null;
        int? year = null;
        // "**Title** (2014), D. Kingma and M. Welling"
        if (LeadingYear().Match(r) is { Success: true } lead)
        {
            year = int.Parse(lead.Groups["y"].Value, CultureInfo.InvariantCulture);
            r = r[lead.Length..].TrimStart(AfterTitle);
        }
        var stop = SentenceEnds(r).DefaultIfEmpty(-1).First();
        var authors = (stop < 0 ? r : r[..stop]).Trim().TrimEnd(',');
        // "Ola Spine et al. arXiv": the full stop of "al." also ended the authors.
        if (stop > 0 && authors.EndsWith(" al", StringComparison.Ordinal)) authors += ".";
        if (AuthorShape(authors) is not { Certain: true, FamilyNamesOnly: false }) return null;
        var tail = stop < 0 ? "" : r[(stop + 1)..].Trim();
        if (tail.Length > 0)
        {
            if (TrailingYear().Match(tail) is { Success: true } y)
            {
                year ??= int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
                tail = tail[..y.Index].Trim().TrimEnd(',', '.', ' ');
            }
            // The rest must be the venue: a note or a description after the authors is not read as one.
            if (tail.Length > 0 && !IsVenue(tail) && !ArxivWord().IsMatch(tail)) return null;
        }
        var venue = tail.Length == 0 ? null : ArxivWord().IsMatch(tail) ? "arXiv" : tail;
        return year is null && venue is null ? null : new ReferenceItem(title, authors, venue, year, true);
    }

    /// <summary>The authors as people ("Vaswani, A., Shazeer, N." pairs each family name with its initials).</summary>
    public IReadOnlyList<Person> People()
    {
        if (Authors is null) return [];
        var (parts, others) = SplitAuthors(Authors);
        // The name parser knows "et al." only: "Lu Verso at al." is read as written, with the slip set right.
        if (!IsFamilyInitialPairs(parts))
            return PersonNameParser.ParseFreeList(others && EtAl().Match(Authors) is var m && m.Value.TrimStart(',', ' ')[0] is 'a' or 'A' ? $"{Authors[..m.Index]} et al." : Authors);
        var people = new List<Person>();
        for (var i = 0; i < parts.Count; i += 2) people.Add(PersonNameParser.Parse($"{parts[i + 1]} {parts[i]}"));
        if (others) people.Add(Person.Others);
        return people;
    }

    // The people of an author text, and whether it ended with "et al.".
    private static (List<string> Parts, bool Others) SplitAuthors(string text)
    {
        var others = EtAl().Match(text);
        var names = others.Success ? text[..others.Index] : text;
        return (PartSplit().Split(names).Select(p => p.Trim()).Where(p => p.Length > 0).ToList(), others.Success);
    }

    // "Vaswani, A., Shazeer, N.": family names alternating with their initials.
    private static bool IsFamilyInitialPairs(List<string> parts) =>
        parts.Count >= 2 && parts.Count % 2 == 0
        && parts.Where((_, i) => i % 2 == 1).All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Initials().IsMatch(w)));

    // Null when the text cannot be an author list; else whether it certainly is one, and whether it names people
    // only by family names. A person has a given and a family name or an initial: one capitalised word alone
    // ("Docker", "Search & Replace", "Romeo and Juliet") is a label or a title's words, unless it is a family name
    // paired with its initials, or (the caller decides) the item is dated.
    private static (bool Certain, bool FamilyNamesOnly)? AuthorShape(string prefix)
    {
        if (prefix.Length is < 3 or > 300 || prefix.Any(char.IsDigit)) return null;
        var (parts, others) = SplitAuthors(prefix);
        if (parts.Count is 0 or > 60) return null;
        var pairs = IsFamilyInitialPairs(parts);
        var people = 0;
        var familyOnly = 0;
        var initials = false;
        foreach (var part in parts)
        {
            var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 4) return null;
            var named = 0;
            var initial = false;
            foreach (var token in tokens)
            {
                // "Stanford University, Google Research", "Hugging Face": institutions are not people.
                if (Organisations.Contains(token.TrimEnd('.', ','))) return null;
                if (Initials().IsMatch(token)) { initial = true; named++; }
                else if (NameWord().IsMatch(token) && !TitleWords.Contains(token)) named++;
                else if (!Particles.Contains(token)) return null;
            }
            if (named == 0) return null;
            if (named >= 2 || initial) people++;
            else familyOnly++;
            initials |= initial;
        }
        if (pairs) return (true, false);
        // "Collins and Singer" count as two people once the caller knows the item is dated; "Docker" alone never does.
        var certain = people + (familyOnly > 0 && parts.Count > 1 ? familyOnly : 0) >= 2 || initials || others;
        return (certain, familyOnly > 0);
    }

    // The title, then the venue and year that follow it.
    private static (string? Title, string? Venue, int? Year) SplitTail(string rest)
    {
        var r = rest.Trim().TrimEnd('.', ' ');
        int? year = null;
        if (TrailingYear().Match(r) is { Success: true } y)
        {
            year = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
            r = r[..y.Index].TrimEnd(',', '.', ' ');
        }
        // IEEE: "“Title,” in Proc. Venue": the quotes say where the title ends.
        if (r.Length > 2 && r[0] is '"' or '“' && r.IndexOfAny(['"', '”'], 1) is var close and > 1
            && (close == r.Length - 1 || r[(close + 1)..].TrimStart().StartsWith("in ", StringComparison.Ordinal) || r[close - 1] == ','))
        {
            var quoted = r[1..close].TrimEnd(',', '.', ' ');
            var after = r[(close + 1)..].Trim().TrimStart(',', '.').Trim();
            if (after.StartsWith("in ", StringComparison.Ordinal)) after = after[3..].Trim();
            return (quoted, after.Length > 0 ? after : null, year);
        }
        string? venue = null;
        // "Title. Machine Learning" (a full stop not after an initial), or "Title, J. of Machine Learning Research".
        var stop = SentenceEnds(r).DefaultIfEmpty(-1).Last();
        if (stop > 0 && TitleText.WordCount(r[(stop + 1)..]) <= 8)
        {
            venue = r[(stop + 1)..].Trim();
            r = r[..stop].Trim();
        }
        else if (r.LastIndexOf(", ", StringComparison.Ordinal) is var comma and > 0 && IsVenue(r[(comma + 2)..]))
        {
            venue = r[(comma + 2)..].Trim();
            r = r[..comma].Trim();
        }
        return (r.Length > 0 ? r : null, venue, year);
    }

    // "Pat Doe and Ann Roe, Title, KDD, 2002" / "P. Doe, A. Roe, Title, Proc. XYZ, 2019": only commas between authors
    // and title. Read only where the author list says where it ends: its last person follows "and" or "&", it ends
    // with "et al.", or every person has a dotted initial and the next part has none. "Ann Roe, Title" (one person,
    // no initial) is as often a title's head ("Ask Again, Then Fail: …"), and is left to be reported.
    private static ReferenceItem? ParseCommaSeparated(string t)
    {
        var parts = t.TrimEnd('.', ' ').Split(", ");
        for (var k = 0; k < parts.Length - 2; k++)
        {
            var authors = string.Join(", ", parts[..(k + 1)]);
            if (AuthorShape(authors) is not { } shape) return null;
            if (!ClosesAuthorList(parts, k)) continue;
            if (!shape.Certain || shape.FamilyNamesOnly) return null;
            var title = parts[k + 1].Trim();
            // IEEE's quoted title is read by the author separators (", \"").
            if (title.Length == 0 || title[0] is '"' or '“' || !IsCertainTitle(title)) return null;
            // A venue known as one ("KDD", "in Proc. …"): a studio, label or employer after a film, song or job
            // ("PolyGram, 1998", "NASA, 2019") has capitals too.
            return VenueAndYearOf(parts[(k + 2)..]) is var (venue, year) && venue is not null && KnownVenue().IsMatch(venue) && !NotAWork().IsMatch(title)
                ? new ReferenceItem(title, authors, venue, year, true) { CommaSeparated = true }
                : null;
        }
        return null;
    }

    private static bool ClosesAuthorList(string[] parts, int k) =>
        LastAuthor().IsMatch(parts[k]) || EtAl().IsMatch(parts[k])
        || (parts.Take(k + 1).All(HasDottedInitial) && !HasDottedInitial(parts[k + 1]));

    private static bool HasDottedInitial(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Contains('.') && Initials().IsMatch(w));

    // A title after a comma must not read as people ("Invented Things" could be a third author) and must hold a
    // word no name has: a lower-case word or a title word ("221 Invented Street" is an address).
    private static bool IsCertainTitle(string title)
    {
        if (!(char.IsUpper(title[0]) || char.IsDigit(title[0])) || !TitleText.IsTitle(title) || TitleText.WordCount(title) is < 2 or > 30) return false;
        if (AuthorShape(title) is not null || IsVenue(title)) return false;
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => TitleWords.Contains(w) || char.IsLower(w[0]) && !Particles.Contains(w));
    }

    // The parts after a comma-separated title: a venue ("KDD", "in Proc. XYZ"), volume and pages, a year; else null.
    private static (string? Venue, int? Year)? VenueAndYearOf(string[] parts)
    {
        var rest = parts.Select(p => p.Trim()).ToList();
        int? year = null;
        if (rest.Count > 0 && TrailingYear().Match(rest[^1]) is { Success: true } y)
        {
            year = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
            rest[^1] = rest[^1][..y.Index].Trim();
            if (rest[^1].Length == 0) rest.RemoveAt(rest.Count - 1);
        }
        rest.RemoveAll(p => VolumeOrPages().IsMatch(p));
        if (rest.Count > 1) return null;
        if (rest.Count == 0) return (null, year);
        var venue = rest[0].StartsWith("in ", StringComparison.Ordinal) ? rest[0][3..].Trim() : rest[0];
        return IsVenue(venue) ? (venue, year) : null;
    }

    // Where ". " ends a sentence, in order: not after an initial ("A. Roe").
    private static IEnumerable<int> SentenceEnds(string r)
    {
        for (var i = r.IndexOf(". ", StringComparison.Ordinal); i > 0; i = r.IndexOf(". ", i + 1, StringComparison.Ordinal))
            if (!EndsWithInitial().IsMatch(r[..i])) yield return i;
    }

    // "ICML", "NIPS", "J. of Machine Learning Research", "Proceedings of …": short, and an acronym or a venue word.
    private static bool IsVenue(string text) =>
        TitleText.WordCount(text) <= 8 && (Acronym().IsMatch(text.Trim()) || VenueWord().IsMatch(text));

    // Capitalised words that start titles far more often than they are names.
    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal)
    {
        "University", "Univ", "Universität", "Institute", "Institut", "Research", "Lab", "Labs", "Laboratory", "Laboratories",
        "Group", "Inc", "Corp", "Corporation", "Ltd", "LLC", "GmbH", "College", "School", "Academy", "Center", "Centre",
        "Department", "Dept", "Foundation", "Society", "Association", "Company", "Team", "AI", "Google", "Microsoft", "Meta",
        "DeepMind", "OpenAI", "Anthropic", "Alibaba", "Tencent", "Baidu", "Huawei", "NVIDIA", "Nvidia", "Amazon", "Apple",
        "IBM", "Intel", "Samsung", "ByteDance", "Face", "Allen", "Stanford", "Berkeley", "MIT", "CMU", "Tsinghua", "Peking",
    };

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "A", "An", "The", "On", "Towards", "Toward", "Learning", "Deep", "Neural", "Language", "Models", "Model", "Networks",
        "Network", "Attention", "Understanding", "Introduction", "Survey", "Efficient", "Large", "Scaling", "Training",
        "Improving", "Using", "Generative", "Reinforcement", "Machine", "Translation", "Transformer", "Transformers",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "di", "da", "del", "della", "la", "le", "du", "dos", "das", "bin", "al", "el", "ter", "zu",
    };

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkedYear();

    // Where an author list can end: ": ", ". ", "(2019). " / "(2019): ", or ", " before a quoted title (IEEE).
    [GeneratedRegex(@"\s*\((?<y>(?:19|20)\d{2})[a-z]?\)\s*[.:,]?\s+|:\s+|\.\s+|,\s+(?=[""“])", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorEnd();

    // "at al." is a common slip for "et al." and names no one either.
    [GeneratedRegex(@",?\s*\b[ea]t\.?\s+al\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EtAl();

    // The last person of a list: "… and Ann Roe", "… & A. Roe", "and K. Moe" after a comma.
    [GeneratedRegex(@"(?:^|\s)(?:and|&)\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex LastAuthor();

    [GeneratedRegex(@"^(?:vol|no|pp|p)\.\s*\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VolumeOrPages();

    [GeneratedRegex(@"^\(\s*(?<y>(?:19|20)\d{2})[a-z]?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"^arxiv(?:\s+preprint)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArxivWord();

    private static readonly char[] AfterTitle = ['.', ',', ':', ';', '-', '–', '—', '|', ' '];

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PartSplit();

    // "A.", "C.N.", "J.-P.", and the bare middle initial of "Peter F Brown".
    [GeneratedRegex(@"^(?:\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lu}\.?-\p{Lu}\.?|\p{Lu})$", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’\-]*\p{Ll}[\p{L}'’\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"(?:^|[\s.])\p{Lu}(?:\.\p{Lu})*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithInitial();

    [GeneratedRegex(@"ACL|KDD|ICML|NIPS|NeurIPS|ICLR|CVPR|ICCV|ECCV|AAAI|IJCAI|EMNLP|NAACL|COLING|SIGIR|WWW|WSDM|CIKM|COLT|UAI|AISTATS|JMLR|TACL|PAMI|TKDE|TOIS|SIGMOD|VLDB|ICDE|INTERSPEECH|ICASSP|CoNLL|EACL|LREC|IJCNLP|TMLR|COLM|arXiv|(?:^|\s)(?:J|Proc|Conf|Trans)\.|Journal|Proceedings|Conference|Workshop|Transactions|Symposium", RegexOptions.CultureInvariant)]
    private static partial Regex KnownVenue();

    // "Best paper award", "Lead maintainers": what a CV or a credits list gives people, not a work's title.
    [GeneratedRegex(@"\b(?:awards?|prizes?|maintainers?|reviewers?|engineers?|chairs?|members?|team|fellowship)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotAWork();

    [GeneratedRegex(@"[,.]?\s*\(?(?<y>(?:19|20)\d{2})[a-z]?\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear();

    // Two capitals at least ("ICML", "NeurIPS"), so a title's last word after a comma ("Attention, Please") is not one.
    [GeneratedRegex(@"^(?=(?:[a-z/\-]*[A-Z]){2})[A-Za-z]{2,10}(?:[/\-][A-Za-z]{2,10})?(?:\s+(?:Workshop|Findings))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"(?:^|\s)(?:J|Proc|Conf|Trans)\.(?=\s|$)|\b(?:Journal|Proceedings|Conference|Workshop|Transactions|Letters|Symposium|Review|Magazine|Findings|Technical Report|Computational Linguistics)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VenueWord();
}
