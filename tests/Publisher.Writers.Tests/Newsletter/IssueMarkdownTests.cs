using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Model;
using Publisher.Writers.Newsletter;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Generated issues read back with Markdig: headings, numbering, links, escaping, no template leftovers.</summary>
public class IssueMarkdownTests
{
    /// <summary>Every fixture case with every shipped style.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(NewsletterTestKit.FixturesDirectory).Order(StringComparer.Ordinal))
            foreach (var style in NewsletterTestKit.Styles) data.Add(Path.GetFileName(dir), style);
        return data;
    }

    private static (Catalog Catalog, NewsletterResult Result, string Markdown, string Html) Generate(string fixtureCase, string style)
    {
        var catalog = NewsletterTestKit.LoadCatalog(fixtureCase);
        var result = NewsletterWriter.Write(catalog, NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), style));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return (catalog, result, File.ReadAllText(result.MarkdownPath!), File.ReadAllText(result.HtmlPath!));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Write_AnyStyle_NothingFromTheTemplateLeaks(string fixtureCase, string style)
    {
        var (_, _, md, html) = Generate(fixtureCase, style);
        foreach (var text in new[] { md, html })
        {
            Assert.DoesNotContain("{{", text);
            Assert.DoesNotContain("}}", text);
            Assert.DoesNotContain("{%", text);
        }
        Assert.EndsWith("\n", md);
        Assert.DoesNotContain("\n\n\n", md);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Write_AnyStyle_EveryLinkIsSafeAndNoUnsafeHrefReachesHtml(string fixtureCase, string style)
    {
        var (_, _, md, html) = Generate(fixtureCase, style);
        var links = MarkdownInspector.Links(MarkdownInspector.Parse(md));
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(UrlSafety.IsSafeToOpen(l.Url) || l.Url!.StartsWith('#'), $"unsafe link {l.Url}"));
        Assert.DoesNotMatch(new Regex("href=\"\\s*(javascript|file|data|vbscript):", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<script", html);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Write_AnyStyle_EveryTitleRendersLiterally(string fixtureCase, string style)
    {
        var (catalog, result, md, _) = Generate(fixtureCase, style);
        var strong = MarkdownInspector.StrongTexts(MarkdownInspector.Parse(md));
        foreach (var entry in catalog.Entries.Where(e => result.EntryIds.Contains(e.Id)))
        {
            var expected = Regex.Replace(entry.Title.Trim(), "\\s+", " ");
            Assert.Contains(strong, s => s == expected || s.EndsWith("、" + expected, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Write_AnyStyle_NoEntryTextOpensABlockOrEmphasis(string fixtureCase, string style)
    {
        var (catalog, result, md, _) = Generate(fixtureCase, style);
        var doc = MarkdownInspector.Parse(md);
        // Escaped text never turns into quotes, tables, code, raw HTML, or nested emphasis.
        Assert.Empty(doc.Descendants<QuoteBlock>());
        Assert.Empty(doc.Descendants<Markdig.Extensions.Tables.Table>());
        Assert.Empty(doc.Descendants<CodeInline>());
        Assert.Empty(doc.Descendants<HtmlInline>());
        Assert.Empty(doc.Descendants<EmphasisInline>().Where(e => e.Parent is EmphasisInline || e.Descendants<EmphasisInline>().Any()));
        var headingTexts = doc.Descendants<HeadingBlock>().Select(h => MarkdownInspector.PlainText(h.Inline)).ToList();
        foreach (var entry in catalog.Entries.Where(e => result.EntryIds.Contains(e.Id)))
            Assert.DoesNotContain(entry.Title.Trim().TrimStart('#', ' '), headingTexts);
    }

    [Theory]
    [InlineData("mixed")]
    [InlineData("escaping")]
    public void Write_Digest_TopicHeadingsAndPerTopicNumbering(string fixtureCase)
    {
        var (catalog, result, md, _) = Generate(fixtureCase, "digest");
        var doc = MarkdownInspector.Parse(md);
        var topics = MarkdownInspector.Headings(doc, 4);
        Assert.Equal(topics.Count, topics.Distinct().Count());
        Assert.Single(MarkdownInspector.Headings(doc, 2));

        // Walk the blocks: after each #### heading, the numbered headlines run 1, 2, 3 …
        var numbers = new List<List<int>>();
        foreach (var block in doc)
        {
            if (block is HeadingBlock { Level: 4 }) numbers.Add([]);
            else if (block is ParagraphBlock p && p.Inline?.FirstChild is EmphasisInline { DelimiterCount: 2 } strong
                     && Regex.Match(MarkdownInspector.PlainText(strong), "^(\\d+)、") is { Success: true } m)
                numbers[^1].Add(int.Parse(m.Groups[1].Value));
        }
        Assert.Equal(topics.Count, numbers.Count);
        Assert.All(numbers, n => Assert.Equal(Enumerable.Range(1, n.Count), n));
        Assert.Equal(result.EntryIds.Count, numbers.Sum(n => n.Count));
        Assert.True(catalog.Entries.Count >= result.EntryIds.Count);
    }

    [Theory]
    [InlineData("mixed")]
    [InlineData("escaping")]
    public void Write_Weekly_ContentsLinksPointAtTopicHeadings(string fixtureCase)
    {
        var (_, result, md, html) = Generate(fixtureCase, "weekly");
        var doc = MarkdownInspector.Parse(md);
        Assert.Single(MarkdownInspector.Headings(doc, 1));
        var sections = doc.Descendants<HeadingBlock>().Where(h => h.Level == 2).ToList();
        Assert.Equal("Contents", MarkdownInspector.PlainText(sections[0].Inline));
        var ids = sections.Skip(1).Select(h => h.GetAttributes().Id).ToList();
        var toc = doc.Descendants<ListBlock>().First(l => !l.IsOrdered);
        var targets = toc.Descendants<LinkInline>().Select(l => Uri.UnescapeDataString(l.Url!)).ToList();
        Assert.Equal(ids.Select(id => "#" + id), targets);
        foreach (var id in ids) Assert.Contains($"id=\"{id}\"", html);

        var ordered = doc.Descendants<ListBlock>().Where(l => l.IsOrdered).ToList();
        Assert.Equal(result.EntryIds.Count, ordered.Sum(l => l.Count));
        Assert.All(ordered, l => Assert.Equal("1", l.OrderedStart));
    }
}
