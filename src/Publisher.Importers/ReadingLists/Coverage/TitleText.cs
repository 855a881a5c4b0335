using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// Decides whether a piece of a block can be a work's title. A title is never a URL, a link word
/// ("Paper", "pdf", "代码"), an emoji or badge, an author-year citation ("Wei et al., 2022"), a bare id,
/// a number or a venue-year ("NeurIPS 2023"): when nothing passes, the entry stays untitled and enrichment fills it.
/// </summary>
public static partial class TitleText
{
    /// <summary>The text with list numbers, quotes, brackets and trailing punctuation removed.</summary>
    public static string Clean(string text)
    {
        // "🔥🔥[Tag] Title": lists mark papers with emoji, which are no part of a title.
        var t = TopicPath.StripEmoji(MarkdownSyntax.WithoutEmptyBrackets(text));
        t = LeadingNumber().Replace(t, "");
        t = LeadingLabel().Replace(t, "");
        t = WithoutAffiliation(t);
        // "[Chinchilla] Training Compute-Optimal …", "[ToyNet] [ICLR2025] Title": nickname and venue tags before the
        // title are not part of it (trimming the brackets alone would leave "Chinchilla] Training …").
        t = LeadingTag().Replace(t, "");
        // "ChatGLM-6B开源地址为": "(its) open-source address is" after a project's name; alone it names nothing. Only a
        // label that says "is", or one set off by a space ("BLIP-2 论文链接"), goes: "如何搭建私有代码仓库" is a title
        // about a code repository.
        if ((StripAddressLabel(t, AddressIsLabel()) ?? StripAddressLabel(t, SpacedAddressLabel())) is { } named) t = ProjectPronoun().IsMatch(named) ? "" : named;
        // "(tatsu-lab/Alpaca)|52K|EN|MT|SI": a name in brackets followed by a table row's short fields (size, language, tags).
        if (NameThenFields().Match(t) is { Success: true } fields) t = fields.Groups["name"].Value;
        // "2024-01-03 We release a new paper: "Title" with …": a dated news line names its paper in quotes.
        if (NewsDate().IsMatch(t) && InlineTitleFinder.QuotedPassages(t).FirstOrDefault(q => q.Length >= 8) is { } news) t = news;
        for (var i = 0; i < 3; i++)
        {
            var before = t;
            t = t.Trim().Trim('*', '_', '`', '[', ']', '【', '】', '《', '》', '"', '\'', '“', '”', '「', '」', '『', '』', ' ', '|', '-', '–', '—', '•', '·', ':', '：', ',', '，', ';', '；', '、');
            if (t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal)) t = t[..^1];
            // "论文名称：<kNN-NER: … >": angle brackets around a whole title are quotes (Zotero's RIS import drops the title as a tag).
            if (t.Length > 2 && t[0] == '<' && t[^1] == '>') t = t[1..^1];
            // Trimming "**LLM As DBA [vision].**" took the "]" of a note: the note goes with it.
            t = WithoutDanglingBracket(t);
            if (t == before) break;
        }
        return t.Trim();
    }

    // "Title [Vision Paper", "Title (2014", "Title" [2024-12": a note whose closing bracket went with a link.
    private static string WithoutDanglingBracket(string t)
    {
        var open = t.LastIndexOfAny(['[', '(', '（']);
        if (open <= 0 || t.IndexOfAny([']', ')', '）'], open) >= 0) return t;
        var head = t[..open].TrimEnd();
        return WordCount(head) >= 2 || CjkText.ContainsIdeograph(head) ? head : t;
    }

    /// <summary>
    /// True when <paramref name="text"/> only says where a project lives (<c>开源地址为：</c>, <c>该项目的开源地址是</c>,
    /// <c>GitHub 地址</c>): the line is named by the repository it links to.
    /// </summary>
    public static bool IsAddressLabel(string text) =>
        StripAddressLabel(text.Trim().TrimEnd(':', '：', ' '), AddressLabel()) is { } rest && ProjectPronoun().IsMatch(rest);

    // The text before a trailing label matched by label, or null when there is none. Labels are short: only the last
    // characters are searched, so a long run of label words cannot make the search slow.
    private static string? StripAddressLabel(string text, Regex label)
    {
        var tail = Math.Max(0, text.Length - MaxLabelLength);
        var m = label.Match(text, tail);
        return m.Success ? text[..m.Index].Trim() : null;
    }

    private const int MaxLabelLength = 24;

    /// <summary>The text without a trailing institution after a handle sign (<c>Title(@Berkeley&amp;Google)</c>), which is no part of a title.</summary>
    public static string WithoutAffiliation(string text) => Affiliation().Replace(text, "").TrimEnd();

    /// <summary>True for the name of a language version (<c>英文</c>, <c>简体中文</c>, <c>中国台湾繁体</c>, <c>English</c>): a link to one version of a work.</summary>
    public static bool IsLanguageLabel(string text) => LanguageLabel().IsMatch(text.Trim().TrimEnd(':', '：', ' '));

    /// <summary>The length of a leading list number or bullet ("1. ", "(2) ", "[3] ", "- "), 0 when there is none.</summary>
    public static int ListNumberLength(string text) => LeadingNumber().Match(text) is { Success: true } m ? m.Length : 0;

    /// <summary>True when the cleaned text can be a title.</summary>
    public static bool IsTitle(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (LinkClassifier.IsRoleLabel(t) || LinkWords.Contains(t.ToLowerInvariant()) || IsLanguageLabel(t) || IsAddressLabel(t)) return false;
        if (t.Length is < 3 or > 300) return CjkText.ContainsIdeograph(t) && t.Length is >= 2 and <= 300;
        if (t.Contains("://", StringComparison.Ordinal) || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return false;
        // "Summary: A dataset for …", "License: …": a labelled field describes the work, it does not name it.
        if (DescriptionLabel().IsMatch(t)) return false;
        if (!t.Any(char.IsLetter)) return false;
        // A parenthetical note ("（链接有笔误）", "(oral)") is a remark about the entry, not its name.
        if (t[0] is '(' or '（' && t[^1] is ')' or '）') return false;
        if (ArxivId.TryParseUrlOrId(t, out _) || ArxivLike().IsMatch(t) || ArxivMentionIn().IsMatch(t)) return false;
        if (AuthorYear().IsMatch(t) || VenueYear().IsMatch(t) || t.Contains(" et al", StringComparison.OrdinalIgnoreCase)) return false;
        return LetterShare(t) >= 0.5;
    }

    /// <summary>True when a candidate is more than one word (or CJK): prose and cell text must be, a bold or quoted title need not.</summary>
    public static bool IsPhrase(string text) => CjkText.ContainsIdeograph(text) || WordCount(text) >= 2;

    /// <summary>
    /// Most words unmarked prose may have to be taken as a title: longer prose is a description that runs on from
    /// one ("Title  OpenAI's study …"), better left untitled (enrichment fills it) than titled with a paragraph.
    /// </summary>
    public const int MaxProseWords = 24;

    /// <summary>Words separated by spaces.</summary>
    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>True for an author list ("A. Smith, B. Jones, C. Wu"): several commas between short names.</summary>
    public static bool IsAuthorList(string text)
    {
        var parts = text.Split([',', '，', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 3 && parts.Average(WordCount) <= 3.2;
    }

    /// <summary>Venue and year from text such as <c>NeurIPS 2023</c> or <c>ACL'22</c>, when present.</summary>
    public static (string? Venue, int? Year) VenueAndYear(string text)
    {
        var m = VenueIn().Match(text);
        if (!m.Success) return (null, null);
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return (m.Groups["v"].Value, y < 100 ? 2000 + y : y);
    }

    private static double LetterShare(string t)
    {
        var visible = t.Count(c => !char.IsWhiteSpace(c));
        return visible == 0 ? 0 : (double)t.Count(char.IsLetterOrDigit) / visible;
    }

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "paper", "pdf", "arxiv", "code", "github", "link", "links", "here", "url", "project", "homepage", "website", "demo", "blog",
        "video", "slides", "abs", "abstract", "dataset", "data", "model", "models", "huggingface", "hf", "论文", "代码", "链接", "地址",
        "原文", "主页", "项目", "文章", "openreview", "acl", "ieee", "springer", "doi", "semantic scholar", "google scholar", "bibtex",
        "official", "star", "stars", "download", "poster", "talk", "page", "paper link", "code link", "arxiv link", "readme", "notes",
        "note", "summary", "review", "more", "details", "source", "reference", "references", "citation", "cite", "html", "tweet",
        "twitter", "colab", "notebook", "checkpoint", "weights", "leaderboard", "benchmark", "anthology", "proceedings",
    };

    [GeneratedRegex(@"^\s*(?:\d{1,4}\s*[、.．)）:]\s*|[-*+•]\s+|\(\d{1,4}\)\s*|\[\d{1,4}\]\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"[(（]\s*@(?:[^()（）]{0,80}\p{L}[^()（）]{0,80})?[)）]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Affiliation();

    // "开源地址为", "的 GitHub 地址是", "链接如下": where a project lives, said outright, at the end of a line's prose.
    [GeneratedRegex(@"的?\s*(?:(?:github|gitee|hugging\s*face|官方|开源|项目|代码|下载)\s*){0,3}(?:地址|链接|网址|仓库|主页)\s*(?:为|是|在|如下)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressIsLabel();

    // A bare label set off by a space after a name: "BLIP-2 论文链接", "ToyNet github 地址".
    [GeneratedRegex(@"\s(?:(?:github|gitee|hugging\s*face|官方|开源|项目|代码|下载|模型|论文)\s*){1,3}(?:地址|链接|网址|仓库|主页)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpacedAddressLabel();

    // The same, or a bare label ("github 地址", "论文下载地址", "代码仓库"), as the whole of a line's prose before its link.
    [GeneratedRegex(@"的?\s*(?:(?:github|gitee|hugging\s*face|官方|开源|项目|代码|下载|模型|论文)\s*){0,3}(?:地址|链接|网址|仓库|主页)\s*(?:为|是|在|如下)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressLabel();

    [GeneratedRegex(@"^(?:english|chinese|(?:中国)?(?:大陆|台湾|香港)?(?:(?:简体|繁体|繁體)(?:中文)?|中文|英文)版?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LanguageLabel();

    // "该项目", "其模型的", "论文": what is left of an address label that names no project.
    [GeneratedRegex(@"^(?:该|本|此|其)?(?:项目|模型|工作|论文|仓库|代码)?的?$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectPronoun();

    [GeneratedRegex(@"(?:arxiv|ａｒｘｉｖ)\s*[:：]\s*\d{4}[.．]\d{4,5}(?:[vｖ]\d{1,3})?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArxivMentionIn();

    [GeneratedRegex(@"^(?:(?:论文|标题)\s*[:：]?\s*|(?:paper|title)\s*[:：]\s*)(?=\S)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingLabel();

    // Only square brackets: "【关于 X】 笔记" names the subject in the brackets, so there they stay.
    [GeneratedRegex(@"^\s*(?:\[[^\[\]]{1,40}\]\s*){1,3}(?=\S+\s+\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"^(?:summary|description|note|notes|abstract|tl;?dr|license|licence|简介|摘要|说明|描述|备注|许可)\s*[:：]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionLabel();

    // Only a parenthesised name: "Pythia-1|1.4|2.8|6.9|12B" lists sizes of one model, not a name and its fields.
    [GeneratedRegex(@"^\((?<name>[^|()]{2,80})\)(?:\s*\|\s*[^|\s]{1,8}){2,}\s*\|?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenFields();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NewsDate();

    [GeneratedRegex(@"^(?:(?:arxiv|ａｒｘｉｖ)\s*[:：]?\s*)?\d{4}[.．]\d{4,5}(?:[vｖ]\d+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArxivLike();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'\-]+(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}'\-]+)?,?\s*\(?(?:19|20)\d{2}[a-z]?\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorYear();

    [GeneratedRegex(@"^[A-Za-z\-]{2,12}['’]?\s*(?:19|20)?\d{2}(?:\s*\(\w+\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex VenueYear();

    [GeneratedRegex(@"\b(?<v>NeurIPS|NIPS|ICLR|ICML|ACL|EMNLP|NAACL|COLING|EACL|CVPR|ICCV|ECCV|AAAI|IJCAI|KDD|WWW|SIGIR|WSDM|TACL|TMLR|JMLR|COLM|arXiv)\s*['’]?\s*(?<y>(?:19|20)[0-9]{2}|[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex VenueIn();
}
