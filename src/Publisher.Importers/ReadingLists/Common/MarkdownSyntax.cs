using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>Markdig helpers shared by the reading-list importers: one pipeline, 1-based lines, plain text and links of inlines.</summary>
public static partial class MarkdownSyntax
{
    /// <summary>
    /// Precise source locations for line numbers; CJK-friendly emphasis because Chinese lists write
    /// <c>**「粗体」**。</c>, which plain CommonMark does not treat as bold.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseCjkFriendlyEmphasis()
        .Build();

    /// <summary>Parses a document with <see cref="Pipeline"/>.</summary>
    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);

    /// <summary>The 1-based line of a block or inline.</summary>
    public static int LineOf(MarkdownObject o) => o.Line + 1;

    /// <summary>Plain text of inlines: markup, images and inline HTML removed, line breaks as spaces.</summary>
    public static string PlainText(Inline? inline)
    {
        var sb = new StringBuilder();
        AppendText(inline, sb);
        return Collapse(sb.ToString());
    }

    /// <summary>Plain text of a leaf block (paragraph, heading), or empty.</summary>
    public static string PlainText(LeafBlock block) => PlainText(block.Inline);

    /// <summary>
    /// A heading's text without its ways back into the page: <c>Parallelism ([©️back👆🏻](#paperlist))</c> is <c>Parallelism</c>
    /// (long lists put a link back to the contents on every heading; it is navigation, not part of the topic). A heading
    /// that is itself a link to the contents (<c>### [Recommender Systems](#content)</c>) keeps its text.
    /// </summary>
    public static string HeadingText(HeadingBlock heading)
    {
        var text = PlainText(heading.Inline);
        var nav = Descendants(heading.Inline).OfType<LinkInline>().LastOrDefault(l => l.Url?.StartsWith('#') == true && IsNavigation(PlainText(l)));
        if (nav is null) return text;
        // Only a link at the end ("… ([back](#top))") is a way back; "[Top](#top)-k Sampling" keeps its words.
        var label = PlainText(nav);
        var at = text.LastIndexOf(label, StringComparison.Ordinal);
        if (label.Length == 0 || at < 0 || text[(at + label.Length)..].Trim(' ', ')', '）', ']', '】').Length > 0) return text;
        var rest = WithoutEmptyBrackets(text[..at] + text[(at + label.Length)..]);
        return rest.Length > 0 ? rest : text;
    }

    /// <summary>The text with empty brackets (left by a removed link or note: <c>Title ()</c>) dropped and whitespace collapsed.</summary>
    public static string WithoutEmptyBrackets(string text) => Collapse(EmptyBrackets().Replace(text, " "));

    // "back", "🔝 Back to top", "返回目录", "↑": a link's words only say where it leads.
    private static bool IsNavigation(string label)
    {
        var words = new string(label.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return words.Length == 0 || NavigationWords.Contains(words);
    }

    private static readonly HashSet<string> NavigationWords = new(StringComparer.Ordinal)
    {
        "back", "backtotop", "top", "totop", "gototop", "up", "return", "contents", "tableofcontents", "toc", "home",
        "返回", "返回顶部", "回到顶部", "返回目录", "回到目录", "目录", "顶部",
    };

    /// <summary>Links of inlines, in order: Markdown links, autolinks and bare URLs in text (images excluded).</summary>
    public static IReadOnlyList<FoundLink> Links(Inline? inline)
    {
        var result = new List<FoundLink>();
        CollectLinks(inline, result);
        return result;
    }

    /// <summary>The top-level inlines of a paragraph split at its line breaks; empty lines dropped.</summary>
    public static List<List<Inline>> SplitLines(ContainerInline? inline)
    {
        var lines = new List<List<Inline>> { new() };
        if (inline is null) return [];
        foreach (var child in inline)
        {
            if (child is LineBreakInline) lines.Add([]);
            else lines[^1].Add(child);
        }
        return lines.Where(l => l.Any(i => !(i is LiteralInline lit && lit.Content.IsEmptyOrWhitespace()))).ToList();
    }

    /// <summary>Bare http(s) URLs in plain text; Chinese punctuation and closing brackets end a URL.</summary>
    public static IEnumerable<string> BareUrls(string text) =>
        BareUrl().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ';', ':', '!', '?'));

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every inline under a container, depth first, in document order.</summary>
    public static IEnumerable<Inline> Descendants(Inline? inline)
    {
        if (inline is null) yield break;
        yield return inline;
        if (inline is ContainerInline c)
            foreach (var child in c)
                foreach (var d in Descendants(child)) yield return d;
    }

    private static void AppendText(Inline? inline, StringBuilder sb)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline lit: sb.Append(lit.Content.ToString()); return;
            case CodeInline code: sb.Append(code.Content); return;
            case LineBreakInline: sb.Append(' '); return;
            case HtmlEntityInline ent: sb.Append(ent.Transcoded.ToString()); return;
            case AutolinkInline auto: sb.Append(auto.Url); return;
            case HtmlInline: return;
            case LinkInline { IsImage: true }: return;
            case ContainerInline container:
                foreach (var child in container) AppendText(child, sb);
                return;
        }
    }

    private static void CollectLinks(Inline? inline, List<FoundLink> result)
    {
        switch (inline)
        {
            case null: return;
            case LinkInline { IsImage: true }: return;
            case LinkInline link when !string.IsNullOrWhiteSpace(link.Url):
                result.Add(new FoundLink(link.Url.Trim(), PlainText(link), LineOf(link)));
                return;
            case AutolinkInline { IsEmail: false } auto:
                result.Add(new FoundLink(auto.Url, "", LineOf(auto)));
                return;
            case LiteralInline lit:
                foreach (var url in BareUrls(lit.Content.ToString()))
                    result.Add(new FoundLink(url, "", LineOf(lit)));
                return;
            case ContainerInline container:
                foreach (var child in container) CollectLinks(child, result);
                return;
        }
    }

    [GeneratedRegex(@"\(\s*\)|（\s*）|\[\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"https?://[^\s<>\[\]()（）【】「」，。；、！？：\u3000\u201C\u201D""']+", RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();
}
