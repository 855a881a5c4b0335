using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Testing;
using Publisher.Writers.Newsletter;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>The shipped digest template produces the block shape of seed 000, read from the seed itself.</summary>
public class DigestStyleTests
{
    // H = "**N、[headline](url)**", T = a paragraph that is one bold title, S = summary ending in [[paper]]/[[code]] links.
    private static List<string> EntryShapes(string markdown)
    {
        var shapes = new List<string>();
        var inSection = false;
        StringBuilder? current = null;
        foreach (var block in Markdown.Parse(markdown))
        {
            if (block is HeadingBlock h) { inSection = h.Level == 4; current = null; continue; }
            if (!inSection || block is not ParagraphBlock p || p.Inline is null) continue;
            var kind = Classify(p.Inline);
            if (kind == 'H') { current = new StringBuilder(); shapes.Add(""); }
            if (current is null) continue;
            current.Append(kind);
            shapes[^1] = current.ToString();
        }
        return shapes;
    }

    private static char Classify(ContainerInline inline)
    {
        var parts = inline.Where(i => i is not LiteralInline l || !string.IsNullOrWhiteSpace(l.Content.ToString())).ToList();
        if (parts.FirstOrDefault() is EmphasisInline { DelimiterCount: 2 } strong)
        {
            var text = MarkdownInspector.PlainText(strong);
            if (Regex.IsMatch(text, "^\\d+、") && strong.Descendants<LinkInline>().Any()) return 'H';
            if (parts.Count == 1 && !strong.Descendants<LinkInline>().Any()) return 'T';
        }
        if (inline.Descendants<LinkInline>().Any(l => MarkdownInspector.PlainText(l) is "paper" or "code")) return 'S';
        return '?';
    }

    [Fact]
    public void DigestTemplate_EntryWithHeadlineTitleAndLinks_HasSeed000Shape()
    {
        var seedShapes = EntryShapes(File.ReadAllText(RepoPaths.Seed("000")));
        Assert.Contains("HTS", seedShapes);

        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), "digest"));
        var ours = EntryShapes(File.ReadAllText(result.MarkdownPath!));

        // The first fixture entry has a headline, an English title, a summary and paper+code links, like the seed's.
        Assert.Equal("HTS", ours[0]);
        Assert.All(ours, s => Assert.Matches("^HT?S?$", s));
    }

    [Fact]
    public void DigestTemplate_LinkLine_UsesSeed000Separator()
    {
        var pattern = new Regex(@"\[\[paper\]\([^)\s]+\)\]，\[\[code\]\([^)\s]+\)\]");
        Assert.Matches(pattern, File.ReadAllText(RepoPaths.Seed("000")));
        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), "digest"));
        Assert.Matches(pattern, File.ReadAllText(result.MarkdownPath!));
    }

    [Fact]
    public void DigestTemplate_TopicHeadings_AreLevelFourLikeSeed000()
    {
        var seed = Markdown.Parse(File.ReadAllText(RepoPaths.Seed("000")));
        Assert.NotEmpty(seed.Descendants<HeadingBlock>().Where(h => h.Level == 4));
        var result = NewsletterWriter.Write(NewsletterTestKit.LoadCatalog("mixed"), NewsletterTestKit.Request(NewsletterTestKit.TempDirectory(), "digest"));
        var ours = Markdown.Parse(File.ReadAllText(result.MarkdownPath!)).Descendants<HeadingBlock>().Where(h => h.Level == 4).Select(h => MarkdownInspector.PlainText(h.Inline));
        Assert.Equal(["人工反馈强化学习（RLHF）", "Evaluation", "大语言模型调优", "其他"], ours);
    }
}
