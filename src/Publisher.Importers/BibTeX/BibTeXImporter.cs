using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Model;

namespace Publisher.Importers.BibTeX;

/// <summary>
/// Reads BibTeX and biblatex files (ours, Zotero's, Google Scholar's, arXiv's): entries become catalog
/// entries with persons, dates, arXiv ids, DOIs and links; LaTeX becomes Unicode. A broken entry is
/// reported with its line and the next entry is read.
/// </summary>
public sealed partial class BibTeXImporter : IStreamingImporter
{
    /// <inheritdoc />
    public string Name => "bibtex";

    /// <inheritdoc />
    public bool IsStructured => true;

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        var text = document.Text;
        var sample = text.AsSpan(0, Math.Min(text.Length, 200_000));
        if (!EntryStart().IsMatch(sample)) return 0;
        // A reading list that quotes "please cite: @misc{…}" in a code block is still a reading list:
        // a .bib file has no fences, and its lines are nearly all inside entries (≤ 25 lines each).
        if (text.StartsWith("```", StringComparison.Ordinal) || text.Contains("\n```", StringComparison.Ordinal)) return 30;
        // A .bib file starts with an entry (after % comments), whatever its abstracts' length. Only the first
        // line is needed then, so the usual .bib file is not split into lines nor all its entries counted.
        if (FirstContentLine(text).StartsWith('@')) return ImporterRegistry.CertainScore;
        var lines = 0;
        foreach (var l in document.Lines)
            if (!l.AsSpan().Trim().IsEmpty) lines++;
        return EntryStart().Count(sample) * 25 >= lines ? ImporterRegistry.CertainScore : 30;
    }

    // The first line that is neither blank nor a % comment, trimmed; empty when there is none.
    private static ReadOnlySpan<char> FirstContentLine(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var nl = rest.IndexOf('\n');
            var line = (nl < 0 ? rest : rest[..nl]).Trim();
            if (!line.IsEmpty && line[0] != '%') return line;
            rest = nl < 0 ? [] : rest[(nl + 1)..];
        }
        return [];
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document) => Import(document, BibTeXParser.NewMacroTable(), 1);

    /// <summary>
    /// Reads a large file in chunks of about <paramref name="chunkEntries"/> entries, so memory stays flat
    /// however big the file is; <c>@string</c> macros and line numbers carry across chunks.
    /// </summary>
    public void ImportStream(TextReader reader, string file, int chunkEntries, Action<ImportResult> onChunk)
    {
        var macros = BibTeXParser.NewMacroTable();
        var lines = new NewlineNormalizingReader(reader);
        // The chunks are parsed in the reader's buffer: the results need only the file's name from the document.
        var document = new SourceDocument(file, "");
        // '@' lines in the chunk so far: entries, and lines inside values that start with '@'.
        var atLines = 0;
        var chunkFirstLine = 1;
        // Where, in the chunk, the last '@' line read begins (-1: none yet), and the last one that starts an entry: the
        // whole-file reader is between entries there, whatever came before (a broken entry is skipped up to it).
        var atLine = -1;
        var entryLine = 0;
        // A chunk ends before the line that starts entry chunkEntries + 1 (an '@' in the line's first column), once the
        // text before it ends between entries, as the parser reads it: not inside an abstract with a line starting
        // "@mentions …", nor inside an entry commented out with '%' (outside entries BibTeX has no comments, so
        // "% @article{old," opens an entry, and inside one a "% }" line is skipped). Only the text from the last line
        // that starts an entry needs reading for that. A value or group never runs past a line that starts an entry, so
        // only one entry's text is ever open: a broken file returns between entries at its next entry. An entry whose
        // value holds many '@' lines (a quoted thread of @handles) is checked at each of them while its open text is
        // short, then only each time that text has doubled, which keeps the checks linear; only an open text of
        // MaxOpenEntryChars forces a cut.
        var checkedFrom = -1;
        var checkAgainAt = 0;
        while (lines.ReadUntilLineStartingWith('@') is { } line)
        {
            var text = lines.Text;
            if (atLine >= 0 && BibTeXParser.StartsEntry(text.Span, atLine)) entryLine = atLine;
            atLine = text.Length;
            if (++atLines <= chunkEntries) continue;
            var open = text.Length - entryLine;
            if (open < MaxOpenEntryChars)
            {
                if (entryLine == checkedFrom && open < checkAgainAt) continue;
                if (!BibTeXParser.EndsBetweenEntries(text[entryLine..]))
                {
                    (checkedFrom, checkAgainAt) = (entryLine, open < RecheckEveryLineChars ? 0 : 2 * open);
                    continue;
                }
            }
            onChunk(Import(document, text, macros, chunkFirstLine));
            lines.Clear();
            chunkFirstLine = line;
            atLines = 1;
            atLine = 0;
            entryLine = 0;
            checkedFrom = -1;
        }
        if (lines.HasText) onChunk(Import(document, lines.Text, macros, chunkFirstLine));
    }

    /// <summary>
    /// How long (in characters) one entry's text may grow in a streamed chunk before the chunk is cut inside it: far
    /// more than any real entry, so that a cut there only bounds the memory a malformed file can take.
    /// </summary>
    internal const int MaxOpenEntryChars = 32 << 20;

    // Below this many characters of open entry text, re-reading it at every '@' line costs less than a cut too late.
    private const int RecheckEveryLineChars = 16 << 10;

    private ImportResult Import(SourceDocument document, Dictionary<string, string> macros, int firstLine) =>
        Import(document, document.Text.AsMemory(), macros, firstLine);

    // Every entry of text is read (and mapped) before this returns, so text may be a buffer the caller reuses.
    private ImportResult Import(SourceDocument document, ReadOnlyMemory<char> text, Dictionary<string, string> macros, int firstLine)
    {
        var builder = new ImportResultBuilder(document, Name);
        var parser = new BibTeXParser(text, (l, m) => builder.Error(l, m, "PUB201"), (l, m) => builder.Warn(l, m, "PUB202"), macros, firstLine);
        foreach (var raw in parser.Parse())
        {
            try
            {
                var entry = Map(raw, builder);
                if (entry is not null) builder.Add(entry);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                builder.Error(raw.Line, $"entry '{raw.Key}': {ex.Message}", "PUB203");
            }
        }
        return builder.Build();
    }

    private static Entry? Map(BibTeXRawEntry raw, ImportResultBuilder builder)
    {
        var title = raw["title"] is { } t ? LatexDecoder.Decode(t) : "";
        if (title.Length == 0)
        {
            builder.Error(raw.Line, $"entry '{raw.Key}' has no title; expected a 'title' field (entry skipped)", "PUB204");
            return null;
        }
        var authors = ParseNames(raw["author"] ?? raw["editor"]);
        var (date, dateProblem) = ParseDate(raw);
        if (dateProblem is not null) builder.Warn(raw.Field("year")?.Line ?? raw.Line, $"entry '{raw.Key}': {dateProblem}", "PUB205");

        ArxivId? arxiv = null;
        var eprintType = (raw["eprinttype"] ?? raw["archiveprefix"])?.Trim();
        if (raw["eprint"] is { } eprint && (eprintType is null || IsLowerInvariant(eprintType, "arxiv")) && ArxivId.TryParse(LatexDecoder.Decode(eprint), out var ep)) arxiv = ep;
        arxiv ??= raw["arxivid"] is { } axid && ArxivId.TryParse(axid, out var ax) ? ax : null;
        Doi? doi = null;
        if (raw["doi"] is { } d)
        {
            if (Doi.TryParse(LatexDecoder.Decode(d), out var parsed))
            {
                if (parsed.IsArxivDataCite) arxiv ??= ArxivId.TryParse(parsed.Value[(parsed.Value.IndexOf('.', 3) + 1)..], out var dc) ? dc : null;
                else doi = parsed;
            }
            else builder.Warn(raw.Field("doi")!.Line, $"entry '{raw.Key}': '{d}' is not a DOI; expected 10.NNNN/suffix", "PUB206");
        }

        var kind = KindOf(raw, arxiv, doi);
        var links = new List<Link>();
        if (raw["url"] is { } u && UrlOf(u, anyScheme: true) is { } url) AddLink(links, url, kind);
        if (raw["howpublished"] is { } h && UrlOf(h, anyScheme: false) is { } how) AddLink(links, how, kind);
        if (raw["addendum"] is { } addendum)
            foreach (Match m in AddendumLink().Matches(addendum))
                if (LinkClassifier.TryParseKind(m.Groups["kind"].Value, out var lk) && !links.Any(l => l.Url == m.Groups["url"].Value))
                    links.Add(new Link(lk, m.Groups["url"].Value));
        foreach (var field in ArxivNoteFields)
            if (arxiv is null && raw[field] is { } text && ArxivInText().Match(text) is { Success: true } am && ArxivId.TryParse(am.Groups[1].Value, out var found))
                arxiv = found; // Google Scholar: journal = {arXiv preprint arXiv:…}; Zotero: note = {arXiv:…}
        if (arxiv is null)
            foreach (var l in links)
                if (ArxivId.TryParseUrlOrId(l.Url, out var fromUrl)) { arxiv = fromUrl; break; }
        if (kind == EntryKind.Paper && arxiv is not null && doi is null && Venue(raw) is null) kind = EntryKind.Preprint;
        // Zotero exports a GitHub repository or a model card as a plain @misc: the link says what it is.
        if (kind == EntryKind.Paper && raw.Type == "misc" && arxiv is null && doi is null && links.FirstOrDefault() is { } first)
            kind = first.Kind switch { LinkKind.Code => EntryKind.Repository, LinkKind.Weights => EntryKind.Model, LinkKind.Dataset => EntryKind.Dataset, _ => kind };

        var summaries = new List<Summary>();
        if (raw["abstract"] is { } ab && LatexDecoder.Decode(ab) is { Length: > 0 } abText)
            summaries.Add(new Summary(abText, CjkText.ContainsIdeograph(abText) ? "zh" : "en", "bibtex"));
        var tags = raw["keywords"] is { } kw ? SplitKeywords(LatexDecoder.Decode(kw)) : [];

        return new Entry
        {
            Kind = kind,
            Title = title,
            Authors = authors,
            Date = date,
            Venue = Venue(raw) is { } v ? LatexDecoder.Decode(v) : null,
            ArxivId = arxiv,
            Doi = doi,
            Links = links,
            Summaries = summaries,
            Tags = tags,
            Sources = [new SourceRef(builder.Document.File, raw.Line, "bibtex")],
        };
    }

    // Keywords are separated by ',' or ';'; each is trimmed and kept once, in the order first seen.
    private static string[] SplitKeywords(string text)
    {
        var tags = new List<string>(4);
        HashSet<string>? seen = null; // a few keywords are compared pairwise; a long list gets a set
        foreach (var range in text.AsSpan().SplitAny(',', ';'))
        {
            var tag = text.AsSpan(range).Trim();
            if (tag.IsEmpty || (seen is null ? ContainsTag(tags, tag) : seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tag))) continue;
            tags.Add(tag.ToString());
            if (seen is not null) seen.Add(tags[^1]);
            else if (tags.Count == 16) seen = new HashSet<string>(tags, StringComparer.Ordinal);
        }
        return tags.ToArray();
    }

    private static bool ContainsTag(List<string> tags, ReadOnlySpan<char> tag)
    {
        foreach (var t in tags)
            if (tag.SequenceEqual(t)) return true;
        return false;
    }

    // Where Google Scholar and Zotero put "arXiv:…" when there is no eprint field.
    private static readonly string[] ArxivNoteFields = ["journal", "note"];

    // text.ToLowerInvariant() == lower, without lower-casing a copy when the text is ASCII (the usual case).
    private static bool IsLowerInvariant(string text, string lower) =>
        System.Text.Ascii.IsValid(text) ? text.Equals(lower, StringComparison.OrdinalIgnoreCase) : text.ToLowerInvariant() == lower;

    private static string? Venue(BibTeXRawEntry raw)
    {
        var v = raw["journal"] ?? raw["journaltitle"] ?? raw["booktitle"];
        if (v is null || ArxivInText().IsMatch(v) || v.Trim().Equals("arXiv", StringComparison.OrdinalIgnoreCase)) return null;
        return v;
    }

    private static EntryKind KindOf(BibTeXRawEntry raw, ArxivId? arxiv, Doi? doi)
    {
        var type = raw["type"] is { } t ? LatexDecoder.Decode(t).ToLowerInvariant() : "";
        return raw.Type switch
        {
            "software" => type.Contains("model") ? EntryKind.Model : EntryKind.Repository,
            "dataset" => EntryKind.Dataset,
            "online" or "electronic" or "www" => type == "article" ? EntryKind.Article : EntryKind.WebPage,
            "misc" when type == "software" => EntryKind.Repository,
            "misc" when type.Contains("model") => EntryKind.Model,
            "misc" when type == "dataset" => EntryKind.Dataset,
            "misc" when type == "article" => EntryKind.Article,
            "misc" when type is "web page" or "webpage" => EntryKind.WebPage,
            "misc" or "unpublished" or "techreport" when arxiv is not null && doi is null => EntryKind.Preprint,
            _ => EntryKind.Paper,
        };
    }

    private static IReadOnlyList<Person> ParseNames(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) return [];
        var decoded = LatexDecoder.Decode(field, keepBraces: true);
        var result = new List<Person>();
        foreach (var name in SplitAnd(decoded))
        {
            // The comma forms are split here because the shared parser trims a final '.' ("Lefèvre, J.-P.").
            var person = PersonNameParser.IsOthersMarker(name) ? Person.Others : CommaForm(name) ?? PersonNameParser.Parse(name);
            result.Add(Clean(person));
        }
        return result;
    }

    private static List<string> SplitAnd(string list)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            if (c == '{') depth++;
            else if (c == '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < list.Length && string.Compare(list, i + 1, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 && char.IsWhiteSpace(list[i + 4]))
            {
                if (list.AsSpan(start, i - start).Trim().Length > 0) parts.Add(list[start..i].Trim());
                start = i + 5;
                i += 4;
            }
        }
        if (list.AsSpan(start).Trim().Length > 0) parts.Add(list[start..].Trim());
        return parts;
    }

    // "von Last, First" and "von Last, Jr, First" as BibTeX reads them; null for the comma-free form.
    private static Person? CommaForm(string name)
    {
        // Only the first, second and last top-level commas matter (a comma in braces belongs to the name part).
        int first = -1, second = -1, last = -1, depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '{') depth++;
            else if (name[i] == '}') depth = Math.Max(0, depth - 1);
            else if (name[i] == ',' && depth == 0)
            {
                if (first < 0) first = i;
                else if (second < 0) second = i;
                last = i;
            }
        }
        if (first < 0) return null;
        var von = name.AsSpan(0, first).Trim();
        if (von.IsEmpty) return null;
        var suffix = second < 0 ? [] : name.AsSpan(first + 1, second - first - 1).Trim();
        var given = name.AsSpan(last + 1).Trim();
        string family;
        string? particle = null;
        if (!von.Contains(' ')) family = von.ToString(); // one word: no particle (the usual "Family, Given")
        else
        {
            var words = von.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var k = 0;
            while (k < words.Length - 1 && words[k].Length > 0 && char.IsLower(words[k][0])) k++;
            if (k > 0) particle = string.Join(' ', words, 0, k);
            family = string.Join(' ', words, k, words.Length - k);
        }
        return new Person
        {
            Particle = particle,
            Family = family,
            Suffix = suffix.IsEmpty ? null : suffix.ToString(),
            Given = given.IsEmpty ? null : given.ToString(),
        };
    }

    private static Person Clean(Person p)
    {
        static string? C(string? s)
        {
            if (s is null) return null;
            if (s.AsSpan().IndexOfAny("{}\uE000\uE001") >= 0)
                s = s.Replace("{", "").Replace("}", "").Replace(LatexDecoder.LiteralOpen, '{').Replace(LatexDecoder.LiteralClose, '}');
            s = s.Trim();
            return s.Length > 0 ? s : null;
        }
        if (p.IsOthers) return p;
        string? given = C(p.Given), family = C(p.Family), particle = C(p.Particle), suffix = C(p.Suffix), literal = C(p.Literal);
        // Names without braces or spaces to trim are already clean: no copy.
        if (ReferenceEquals(given, p.Given) && ReferenceEquals(family, p.Family) && ReferenceEquals(particle, p.Particle)
            && ReferenceEquals(suffix, p.Suffix) && ReferenceEquals(literal, p.Literal)) return p;
        var clean = p with { Given = given, Family = family, Particle = particle, Suffix = suffix, Literal = literal };
        return clean == p ? p : clean;
    }

    private static (PartialDate? Date, string? Problem) ParseDate(BibTeXRawEntry raw)
    {
        if (raw["date"] is { } ds && PartialDate.TryParse(ds.Trim(), out var full)) return (full, null);
        var yearText = raw["year"]?.Trim();
        if (yearText is null) return (null, null);
        int year;
        if (yearText.Length == 4 && char.IsAsciiDigit(yearText[0]) && char.IsAsciiDigit(yearText[1]) && char.IsAsciiDigit(yearText[2]) && char.IsAsciiDigit(yearText[3]))
            year = int.Parse(yearText, CultureInfo.InvariantCulture); // the usual "2023", without a regex match
        else
        {
            var ym = Year().Match(yearText);
            if (!ym.Success) return (null, $"year '{yearText}' is not a four-digit year");
            year = int.Parse(ym.Value, CultureInfo.InvariantCulture);
        }
        int? month = raw["month"] is { } mt ? ParseMonth(LatexDecoder.Decode(mt)) : null;
        try { return (new PartialDate(year, month), null); }
        catch (ArgumentOutOfRangeException) { return (null, $"year '{yearText}' is out of range"); }
    }

    private static int? ParseMonth(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n is >= 1 and <= 12 ? n : null;
        if (t.Length < 3) return null;
        var i = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], t[..3]);
        return i < 0 ? null : i + 1;
    }

    private static string? UrlOf(string value, bool anyScheme)
    {
        var v = value.Trim();
        if (anyScheme && SchemeUrl().IsMatch(v)) return v; // url = {mailto:…} or any other scheme, as written
        var m = UrlInText().Match(value);
        return m.Success ? m.Value.TrimEnd('.', ',', ';', ')') : null;
    }

    private static void AddLink(List<Link> links, string url, EntryKind kind)
    {
        foreach (var l in links)
            if (l.Url == url) return;
        links.Add(new Link(LinkClassifier.Classify(url, kind), url));
    }

    [GeneratedRegex(@"^[ \t]*@(article|inproceedings|conference|misc|book|inbook|incollection|online|software|dataset|techreport|phdthesis|mastersthesis|unpublished|manual|proceedings|report|thesis|electronic|www|string|preamble|comment)[ \t]*[{(]", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"(?<kind>[A-Za-z]+):\s*\\url\{(?<url>[^}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex AddendumLink();

    [GeneratedRegex(@"arXiv[:\s]\s*((?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivInText();

    [GeneratedRegex(@"https?://[^\s{}]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlInText();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s{}\\]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeUrl();

    [GeneratedRegex(@"[0-9]{4}", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
