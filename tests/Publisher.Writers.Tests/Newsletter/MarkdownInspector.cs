using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Writers.Newsletter.Rendering;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Reads generated issues back with Markdig, the way a reader's renderer would.</summary>
internal static class MarkdownInspector
{
    /// <summary>Parses with the pipeline the HTML twin uses.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, NewsletterHtmlRenderer.Pipeline);

    /// <summary>The text a reader sees for some inlines (escapes resolved, markup dropped).</summary>
    public static string PlainText(Inline? inline)
    {
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString();
    }

    private static void Append(Inline? inline, StringBuilder sb)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline l: sb.Append(l.Content.ToString()); break;
            case CodeInline c: sb.Append(c.Content); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlEntityInline e: sb.Append(e.Transcoded.ToString()); break;
            case HtmlInline h: sb.Append(h.Tag); break;
            case AutolinkInline a: sb.Append(a.Url); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, sb);
                break;
        }
    }

    /// <summary>Headings of a level, as plain text, in order.</summary>
    public static List<string> Headings(MarkdownDocument doc, int level) =>
        doc.Descendants<HeadingBlock>().Where(h => h.Level == level).Select(h => PlainText(h.Inline)).ToList();

    /// <summary>Every link (not image) in the document.</summary>
    public static List<LinkInline> Links(MarkdownDocument doc) => doc.Descendants<LinkInline>().Where(l => !l.IsImage).ToList();

    /// <summary>The plain text of every strong-emphasis span.</summary>
    public static List<string> StrongTexts(MarkdownDocument doc) =>
        doc.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2).Select(e => PlainText(e)).ToList();
}
