using System.Text.RegularExpressions;
using Publisher.Importers.ReadingLists.Catalogue;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Survey;

/// <summary>
/// Reads a survey handbook as text extracted from a PDF that was made from Markdown: a numbered
/// contents list with page numbers (skipped), numbered section headings (<c>1.6.1 title</c>, with
/// or without <c>#</c>), tab-separated tables (kept as <see cref="SourceTable"/>), and papers cited
/// inline as <c>[Title](#)</c>, several titles per link at times, or as a bare English title glued
/// to Chinese text. Each title becomes a <see cref="EntryKind.Paper"/> entry with the section path
/// as its topic; short names in data-set sections become <see cref="EntryKind.Dataset"/> entries;
/// other link texts that are not titles are dropped and counted in one Info diagnostic.
/// </summary>
public sealed partial class SurveyHandbookImporter : IImporter
{
    // Site and tool words that are never works in their own right.
    private static readonly HashSet<string> NonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "github", "gitlab", "huggingface", "hugging face", "hub", "pdf", "link", "here", "paper", "code", "blog", "gpu", "tpu", "arxiv",
    };

    /// <inheritdoc />
    public string Name => "survey";

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        int anchors = 0, toc = 0, numbered = 0;
        foreach (var line in document.Lines)
        {
            anchors += AnchorCitation().Count(line);
            if (TocLine().IsMatch(line)) toc++;
            else if (HeadingLine().IsMatch(line)) numbered++;
        }
        if (anchors >= 3 && (toc >= 3 || numbered >= 3)) return 80;
        if (toc >= 5 && numbered >= 5) return 55;
        return anchors >= 5 ? 30 : 0;
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var result = new ImportResultBuilder(document, Name);
        var lines = document.Lines;
        var tocNumbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = new List<(SectionNumber Number, string Text)>();
        var dropped = new List<string>();
        var firstDroppedLine = 0;
        TableDraft? table = null;
        SourceTable? lastTable = null;
        var inFence = false;

        for (var i = 0; i < lines.Count; i++)
        {
            var lineNo = i + 1;
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
            if (inFence) continue;

            var toc = TocLine().Match(line);
            if (toc.Success)
            {
                tocNumbers.TryAdd(toc.Groups["num"].Value, toc.Groups["title"].Value);
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length >= 3)
            {
                table ??= new TableDraft(lineNo, Topic(path), cells.Select(c => c.Trim()).ToList());
                if (table.Line != lineNo) table.Rows.Add(cells.Select(c => c.Trim()).ToList());
                continue;
            }
            if (table is not null) { lastTable = FlushTable(table, lastTable, result); table = null; }

            var heading = HeadingLine().Match(line);
            if (heading.Success && SectionNumber.TryParse(heading.Groups["num"].Value) is { } number
                && IsHeading(number, heading.Groups["title"].Value, path, tocNumbers))
            {
                while (path.Count >= number.Depth) path.RemoveAt(path.Count - 1);
                path.Add((number, $"{number} {heading.Groups["title"].Value.Trim()}"));
                continue;
            }

            ReadCitations(line, lineNo, Topic(path), result, dropped, ref firstDroppedLine);
        }
        if (table is not null) FlushTable(table, lastTable, result);
        if (dropped.Count > 0)
            result.Info(firstDroppedLine, $"{dropped.Count} link texts were not paper titles or data-set names and gave no entry: {string.Join(", ", dropped.Distinct().Take(20).Select(d => $"'{d}'"))}{(dropped.Distinct().Count() > 20 ? ", ..." : "")}");
        return result.Build();
    }

    private static bool IsHeading(SectionNumber number, string title, List<(SectionNumber Number, string Text)> path, Dictionary<string, string> toc)
    {
        title = title.Trim();
        if (title.Length == 0 || title.Length > 80) return false;
        // The contents list names the heading: trust it even after a skipped section.
        if (toc.TryGetValue(number.ToString(), out var listed)) return Squash(listed) == Squash(title);
        // With a contents list, only headings deeper than it lists may be missing from it
        // ("3 个要点" in a paragraph is no section 3).
        if (toc.Count >= 3 && number.Depth <= toc.Keys.Max(k => k.Count(c => c == '.') + 1)) return false;
        // Otherwise demand a plausible successor and a title that is no sentence.
        if (title.IndexOfAny(['。', '，', '；']) >= 0) return false;
        return Follows(number, path);
    }

    // Compares titles across the contents list and the body, which differ in spaces and bracket width.
    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', '：' => ':', _ => char.ToLowerInvariant(c) }).ToArray());

    private static bool Follows(SectionNumber number, List<(SectionNumber Number, string Text)> path) =>
        path.Count == 0 ? number.Depth == 1 && number.Parts[0] <= 2 : path[^1].Number.CanBeFollowedBy(number);

    private static string Topic(List<(SectionNumber Number, string Text)> path) => string.Join(" / ", path.Select(p => p.Text));

    private void ReadCitations(string line, int lineNo, string topic, ImportResultBuilder result, List<string> dropped, ref int firstDroppedLine)
    {
        foreach (Match m in AnchorCitation().Matches(line))
        {
            foreach (var part in CitationSplitter.Split(m.Groups["text"].Value))
            {
                var kind = Classify(part, topic);
                if (kind is null)
                {
                    dropped.Add(part);
                    if (firstDroppedLine == 0) firstDroppedLine = lineNo;
                    continue;
                }
                AddEntry(result, part, kind.Value, topic, lineNo);
            }
        }
        // Bare titles glued to Chinese text: "相关工作如Training language models to follow ...和Deep ..."
        var withoutLinks = AnchorCitation().Replace(line, " ");
        foreach (Match m in GluedTitle().Matches(withoutLinks))
            AddEntry(result, m.Groups["title"].Value.Trim(), EntryKind.Paper, topic, lineNo);
    }

    private void AddEntry(ImportResultBuilder result, string title, EntryKind kind, string topic, int lineNo) =>
        result.Add(new Entry
        {
            Kind = kind,
            Title = title,
            Topics = topic.Length > 0 ? [topic] : [],
            Sources = [result.SourceAt(lineNo)],
        });

    /// <summary>
    /// Paper for a title (three or more words, or a long Chinese headline), Dataset for a short
    /// name in a data-set section or introduced as data, null for anything else.
    /// </summary>
    public static EntryKind? Classify(string text, string topic)
    {
        var t = text.Trim();
        if (t.Length == 0 || NonTitles.Contains(t)) return null;
        var cjkShare = CjkText.IdeographShare(t);
        if (cjkShare >= 0.3)
            // A Chinese headline ("…：…") is an article title; a few Chinese words are not.
            return t.Count(CjkText.IsIdeograph) >= 12 && t.IndexOf('。') < 0 ? EntryKind.Article : null;
        if (t.Any(CjkText.IsIdeograph)) return null; // "3.3 亿的 BERT"
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A data-set name is short and capitalised ("C4", "The Pile", "Made Up Books"), and only
        // counts as one where the section is about data; "Unicode normalization forms" is a title.
        var nameLike = words.Length <= 2 || words.All(w => !char.IsLower(w[0]));
        if (words.Length <= 3 && nameLike && IsDataContext(topic) && NameLike().IsMatch(t)) return EntryKind.Dataset;
        if (words.Length >= 3 && t.Any(char.IsLower)) return EntryKind.Paper;
        return null;
    }

    private static bool IsDataContext(string topic) =>
        DataWords().IsMatch(topic);

    private static SourceTable FlushTable(TableDraft draft, SourceTable? last, ImportResultBuilder result)
    {
        // A table broken by a page repeats its header: continue the previous one.
        if (last is not null && last.Topic == draft.Topic && last.Header.SequenceEqual(draft.Header) && draft.Rows.Count > 0
            && last.Rows is List<IReadOnlyList<string>> rows)
        {
            rows.AddRange(draft.Rows);
            return last;
        }
        var table = new SourceTable(result.Document.File, draft.Line, draft.Topic, draft.Header, new List<IReadOnlyList<string>>(draft.Rows));
        if (draft.Rows.Count == 0) result.Warn(draft.Line, "tab-separated line with no rows after it; expected a table header followed by rows");
        else result.Add(table);
        return table;
    }

    private sealed record TableDraft(int Line, string Topic, List<string> Header)
    {
        public List<IReadOnlyList<string>> Rows { get; } = [];
    }

    [GeneratedRegex(@"\[(?<text>(?:[^\[\]\\]|\\.)+)\]\(#\)")]
    private static partial Regex AnchorCitation();

    [GeneratedRegex(@"^\s*(?<num>\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+(?<title>\S.*?)\t+\d{1,4}\s*$")]
    private static partial Regex TocLine();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+)?(?<num>\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+(?<title>\S.*?)\s*$")]
    private static partial Regex HeadingLine();

    // An English title of five or more words starting with a capital, glued to a CJK character before it.
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])(?<title>[A-Z][A-Za-z0-9\-]*(?:[ ][A-Za-z0-9\-:,]+){4,}?)(?=[\u4E00-\u9FFF]|$)")]
    private static partial Regex GluedTitle();

    [GeneratedRegex(@"^[A-Za-z0-9][\w.\-]*(?: [\w.\-]+){0,2}$")]
    private static partial Regex NameLike();

    [GeneratedRegex(@"数据|语料|data|corpus|corpora", RegexOptions.IgnoreCase)]
    private static partial Regex DataWords();
}
