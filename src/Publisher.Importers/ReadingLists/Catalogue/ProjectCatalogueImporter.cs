using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Catalogue;

/// <summary>
/// Reads a project catalogue: <c>## N section</c> headings, then one <c>### Name</c> per project
/// followed by <c>- URL</c> bullets (GitHub, arXiv, Hugging Face, project pages) and a description.
/// The project level is found from the content (the heading level most often followed by a URL
/// bullet), so <c>## Name</c> under <c># Section</c> works too. Everything before the first section
/// or project (title, "related articles" lists, contents) is boilerplate.
/// </summary>
public sealed partial class ProjectCatalogueImporter : IImporter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <inheritdoc />
    public string Name => "catalogue";

    /// <inheritdoc />
    public int Detect(SourceDocument document)
    {
        var (_, projects, headings) = EntryLevel(document.Lines);
        if (projects < 3) return projects > 0 ? 10 : 0;
        var share = (double)projects / headings;
        return share >= 0.6 ? 85 : share >= 0.3 ? 60 : 30;
    }

    /// <summary>
    /// The heading level that introduces projects: the one (2 to 4) most often followed directly by a
    /// URL bullet. Lists drift ("## Name" in one, "### Name" in another); 3 wins ties.
    /// </summary>
    private static (int Level, int Projects, int Headings) EntryLevel(IReadOnlyList<string> lines)
    {
        var projects = new int[7];
        var headings = new int[7];
        for (var i = 0; i < lines.Count; i++)
        {
            var level = AtxLevel(lines[i]);
            if (level is < 2 or > 4) continue;
            headings[level]++;
            var j = i + 1;
            while (j < lines.Count && lines[j].Trim().Length == 0) j++;
            if (j < lines.Count && BulletUrl().IsMatch(lines[j].Trim())) projects[level]++;
        }
        var best = 3;
        foreach (var level in new[] { 2, 4 }) if (projects[level] > projects[best]) best = level;
        return (best, projects[best], Math.Max(1, headings[best]));
    }

    private static int AtxLevel(string line)
    {
        var n = 0;
        while (n < line.Length && n < 7 && line[n] == '#') n++;
        return n is >= 1 and <= 6 && n < line.Length && line[n] == ' ' ? n : 0;
    }

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var result = new ImportResultBuilder(document, Name);
        MarkdownDocument md;
        try { md = Markdown.Parse(document.Text, Pipeline); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            result.Error(1, $"could not parse as Markdown ({e.Message}); expected a project catalogue");
            return result.Build();
        }

        var entryLevel = EntryLevel(document.Lines).Level;
        var sections = new List<(int Level, string Text)>();
        Draft? current = null;
        var seenHeading = false;
        // One "#" heading at the top is the document's title; several are sections.
        var singleTitle = md.OfType<HeadingBlock>().Count(h => h.Level == 1) == 1;
        foreach (var block in md)
        {
            if (block is HeadingBlock heading)
            {
                var text = HeadingText(heading, document.Text);
                var isTitle = !seenHeading && heading.Level == 1 && singleTitle;
                seenHeading = true;
                if (heading.Level > entryLevel)
                {
                    current?.Paragraphs.Add(text); // deeper headings belong to the project's description
                    continue;
                }
                Flush(current, result);
                current = null;
                if (isTitle) continue; // the document title is no section
                if (heading.Level < entryLevel)
                {
                    sections.RemoveAll(s => s.Level >= heading.Level);
                    sections.Add((heading.Level, text));
                    continue;
                }
                var name = CleanName(text);
                if (name.Length == 0) { result.Warn(heading.Line + 1, "empty project heading; expected a project name"); continue; }
                current = new Draft(name, heading.Line + 1, string.Join(" / ", sections.Select(s => s.Text)));
                continue;
            }
            if (current is null) continue; // boilerplate before the first project
            if (block is ListBlock list) ReadList(list, document, current);
            else if (block is ParagraphBlock or QuoteBlock)
            {
                var raw = Slice(document.Text, block);
                foreach (var url in BareUrlLine().Matches(raw).Select(m => m.Groups["url"].Value)) current.Urls.Add((url, block.Line + 1));
                var plain = PlainText(raw);
                if (plain.Length > 0 && !BareUrlLine().IsMatch(raw.Trim())) current.Paragraphs.Add(plain);
            }
        }
        Flush(current, result);
        return result.Build();
    }

    private static void ReadList(ListBlock list, SourceDocument document, Draft draft)
    {
        var items = new List<string>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var raw = ListMarker().Replace(Slice(document.Text, item).Trim(), "");
            // An item may hold a URL line followed by a continuation line; take each line on its own.
            var text = new List<string>();
            var lines = raw.Split('\n');
            for (var k = 0; k < lines.Length; k++)
            {
                var line = lines[k].Trim();
                if (line.Length == 0) continue;
                if (BulletUrl().IsMatch("- " + line)) { draft.Urls.Add((line, item.Line + 1 + k)); continue; }
                // "[label](url)" bullets are links too.
                var link = MarkdownLink().Match(line);
                if (link.Success && link.Length == line.Length) { draft.Urls.Add((link.Groups["url"].Value, item.Line + 1 + k)); continue; }
                text.Add(line);
            }
            var plain = PlainText(string.Join(" ", text));
            if (plain.Length > 0) items.Add("- " + plain);
        }
        if (items.Count > 0) draft.Paragraphs.Add(string.Join("\n", items));
    }

    private void Flush(Draft? draft, ImportResultBuilder result)
    {
        if (draft is null) return;
        var links = new List<Link>();
        ArxivId? arxiv = null;
        foreach (var (url, line) in draft.Urls)
        {
            var kind = CatalogueLinkClassifier.Classify(url);
            if (links.Any(l => l.Url == url)) continue;
            links.Add(new Link(kind, url));
            if (ArxivId.LooksLikeArxivUrl(url) || url.Contains("arxiv.org/", StringComparison.OrdinalIgnoreCase))
            {
                var withScheme = url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url;
                if (ArxivId.TryParseUrlOrId(withScheme, out var id)) arxiv ??= id;
                else result.Warn(line, $"arXiv link '{url}' has no valid identifier; expected https://arxiv.org/abs/YYMM.NNNNN");
            }
        }
        if (links.Count == 0)
            result.Info(draft.Line, $"project '{draft.Name}' has no links; kept as a web page without URL");

        var summaries = draft.Paragraphs
            .Select(p => (Text: p, Lang: CjkText.GuessLanguage(p)))
            .GroupBy(p => p.Lang)
            .Select(g => new Summary(string.Join("\n\n", g.Select(p => p.Text)), g.Key, Path.GetFileName(result.Document.File)))
            .ToList();

        result.Add(new Entry
        {
            Kind = CatalogueLinkClassifier.KindFor(links),
            Title = draft.Name,
            ArxivId = arxiv,
            Links = links,
            Topics = draft.Topic.Length > 0 ? [draft.Topic] : [],
            Summaries = summaries,
            Sources = [result.SourceAt(draft.Line)],
        });
    }

    private static string HeadingText(HeadingBlock heading, string source)
    {
        if (heading.Inline is null) return "";
        var start = heading.Inline.FirstChild?.Span.Start ?? -1;
        var end = heading.Inline.LastChild?.Span.End ?? -1;
        var raw = start >= 0 && end >= start ? source.Substring(start, end - start + 1) : InlineText(heading.Inline);
        return PlainText(raw);
    }

    private static string InlineText(ContainerInline inline)
    {
        var sb = new StringBuilder();
        foreach (var child in inline.Descendants<LiteralInline>()) sb.Append(child.Content.ToString());
        return sb.ToString();
    }

    // "* 【Gorilla】" → "Gorilla": the star marks a new item in the source and the brackets decorate it.
    private static string CleanName(string heading)
    {
        var name = heading.Trim();
        if (name.StartsWith("* ", StringComparison.Ordinal)) name = name[2..].Trim();
        if (name.Length > 2 && name[0] == '【' && name[^1] == '】' && name.IndexOf('】') == name.Length - 1) name = name[1..^1].Trim();
        // Trailing emoji or variation selectors are decoration, not part of the name.
        while (name.Length > 0 && (char.IsSurrogate(name[^1]) || name[^1] is >= '\uFE00' and <= '\uFE0F' || char.GetUnicodeCategory(name[^1]) == System.Globalization.UnicodeCategory.OtherSymbol || char.IsWhiteSpace(name[^1])))
            name = name[..^1];
        return name;
    }

    private static string Slice(string text, Block block) =>
        block.Span.Start >= 0 && block.Span.End < text.Length ? text.Substring(block.Span.Start, block.Span.Length) : "";

    /// <summary>Markdown markup removed: links become their labels, emphasis and code marks dropped, spaces collapsed per line.</summary>
    internal static string PlainText(string markdown)
    {
        var s = MarkdownLink().Replace(markdown, m => m.Groups["label"].Value);
        s = Emphasis().Replace(s, "");
        var lines = s.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    private sealed record Draft(string Name, int Line, string Topic)
    {
        public List<(string Url, int Line)> Urls { get; } = [];
        public List<string> Paragraphs { get; } = [];
    }

    [GeneratedRegex(@"^[-*+]\s+(?:https?://\S+|(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BulletUrl();

    [GeneratedRegex(@"^\s*[-*+]\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?m)^\s*(?<url>https?://\S+)\s*$")]
    private static partial Regex BareUrlLine();

    [GeneratedRegex(@"!?\[(?<label>[^\]]*)\]\((?<url>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();
}
