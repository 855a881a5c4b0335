using System.Text.RegularExpressions;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Reposted;

/// <summary>
/// Reads the reposted plain-text style (a blog post copied from a web page, Markdown lost): per entry a
/// Chinese heading line, an English title line, an image placeholder, <c>** 作者*:</c>, <c>** 原文*:</c>
/// and summary paragraphs. Entries are anchored on the <c>原文</c> (source link) line and read backwards
/// for their titles and forwards for their summary.
/// </summary>
public sealed partial class RepostedListImporter : IImporter
{
    private const int MaxTitleLength = 200;

    /// <inheritdoc />
    public string Name => "reposted";

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        var anchors = 0;
        var meta = 0;
        var markdownish = 0;
        foreach (var line in document.Lines)
        {
            if (AnchorLine().IsMatch(line)) anchors++;
            else if (MetaLine().IsMatch(line)) meta++;
            else if (line.StartsWith('#') || line.TrimStart().StartsWith("+ **", StringComparison.Ordinal) || line.Contains("](http", StringComparison.Ordinal)) markdownish++;
        }
        if (anchors == 0) return 0;
        if (markdownish > anchors) return 10;
        return anchors >= 2 && meta >= 1 ? 85 : 50;
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var result = new ImportResultBuilder(document, Name);
        var lines = document.Lines;
        var anchors = Enumerable.Range(0, lines.Count).Where(i => AnchorLine().IsMatch(lines[i])).ToList();
        var heads = new List<Head>();
        var clashes = new ArxivClashDetector(result);
        for (var k = 0; k < anchors.Count; k++)
            heads.Add(ReadHead(lines, anchors[k], k == 0 ? -1 : anchors[k - 1]));

        for (var k = 0; k < anchors.Count; k++)
        {
            var a = anchors[k];
            var head = heads[k];
            var url = AnchorLine().Match(lines[a]).Groups["url"].Value.Trim();
            var entryLine = (head.Start >= 0 ? head.Start : a) + 1;
            if (head.Titles.Count == 0)
            {
                result.Warn(a + 1, "source link without a title: expected a Chinese heading line and an English title line above '原文:'; entry skipped", "PUB212");
                continue;
            }
            var draft = new EntryDraft(result, entryLine, null);
            var english = head.Titles.FirstOrDefault(t => !CjkText.ContainsIdeograph(t.Text));
            foreach (var t in head.Titles.Where(t => t != english).Reverse()) draft.AddAltTitle(t.Text);
            if (english is not null) draft.Title = english.Text;
            else
            {
                // The list gives no English title (a blog post, say): the heading is all there is.
                draft.Title = head.Titles[0].Text;
                result.Info(head.Titles[0].Index + 1, $"no English title line for '{head.Titles[0].Text}'; the heading is used as the title", "PUB213");
            }
            if (Uri.TryCreate(url, UriKind.Absolute, out _)) draft.AddLink(url, "原文", a + 1);
            else result.Warn(a + 1, $"'{url}' is not a URL: expected '原文: https://...'; entry kept without a link", "PUB214");

            var end = k + 1 < anchors.Count ? (heads[k + 1].Start >= 0 ? heads[k + 1].Start : anchors[k + 1]) : lines.Count;
            foreach (var paragraph in ReadSummary(lines, a + 1, end)) draft.AddSummary(paragraph);
            foreach (var (key, value, index) in head.Meta) ApplyMeta(draft, key, value);
            clashes.Check(draft);
            result.Add(draft.ToEntry());
        }
        return result.Build();
    }

    private static void ApplyMeta(EntryDraft draft, string key, string value)
    {
        if (value.Length == 0) return;
        if (key is "作者" or "author" or "authors" && LooksLikeNames(value, out var people))
        {
            draft.AddAuthors(people);
            return;
        }
        // Free-text credits ("谷歌 DeepMind", "华盛顿大学的研究人员") are not author lists: keep them as written,
        // as the list's own Chinese note (its label is Chinese even when the credited name is not).
        draft.AddSummary($"{key}：{value}", "zh");
    }

    /// <summary>True when a credit line is a list of personal names (Latin script, each at least two words).</summary>
    private static bool LooksLikeNames(string value, out IReadOnlyList<Person> people)
    {
        people = [];
        if (CjkText.ContainsIdeograph(value) || value.Contains('(') || value.Contains('（')) return false;
        var parsed = PersonNameParser.ParseFreeList(value);
        if (parsed.Count == 0 || parsed.Any(p => !p.IsOthers && (p.Literal is not null || p.Given is null || p.Family is null))) return false;
        people = parsed;
        return true;
    }

    private sealed record TitleLine(string Text, int Index);

    private sealed record Head(List<TitleLine> Titles, List<(string Key, string Value, int Index)> Meta, int Start);

    private static Head ReadHead(IReadOnlyList<string> lines, int anchor, int previousAnchor)
    {
        var titles = new List<TitleLine>();
        var meta = new List<(string, string, int)>();
        var start = -1;
        for (var j = anchor - 1; j > previousAnchor; j--)
        {
            var t = lines[j].Trim();
            if (t.Length == 0 || IsPlaceholder(t)) continue;
            var m = MetaLine().Match(lines[j]);
            if (m.Success)
            {
                if (titles.Count > 0) break;
                meta.Insert(0, (m.Groups["key"].Value.ToLowerInvariant(), m.Groups["val"].Value.Trim(), j));
                start = j;
                continue;
            }
            if (!IsTitleLike(t)) break;
            titles.Add(new TitleLine(t, j));
            start = j;
            if (titles.Count == 2) break;
        }
        // Nearest first: titles[0] is the line just above the placeholder (the English title in this style).
        return new Head(titles, meta, start);
    }

    private static IEnumerable<string> ReadSummary(IReadOnlyList<string> lines, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            var t = lines[j].Trim();
            if (t.Length == 0 || IsPlaceholder(t) || MetaLine().IsMatch(lines[j])) continue;
            if (Boilerplate().IsMatch(t)) yield break;
            yield return t;
        }
    }

    private static bool IsTitleLike(string t) =>
        t.Length <= MaxTitleLength && !t.EndsWith('。') && !t.EndsWith('！') && !t.EndsWith('？') && !t.EndsWith('；')
        && !Boilerplate().IsMatch(t) && !t.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlaceholder(string t) => t.Contains("在这里插入图片描述", StringComparison.Ordinal) || ImagePlaceholder().IsMatch(t);

    [GeneratedRegex(@"^\s*\**\s*(?:原文(?:链接|地址)?|论文(?:链接|地址)?|paper|link|url)\s*\**\s*[:：]\s*(?<url>\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorLine();

    [GeneratedRegex(@"^\s*\**\s*(?<key>作者|来源|机构|authors?|source)\s*\**\s*[:：]\s*(?<val>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"^(?:!\[[^\]]*\]\([^)]*\)|\[?图片\]?|image)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImagePlaceholder();

    // Reposting sites append follow prompts, references and like/comment widgets after the list.
    [GeneratedRegex(@"^(?:关注公众号|参考资料|相关推荐|点赞|收藏|评论|•|“相关推荐”)|公众号.*回复", RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();
}
