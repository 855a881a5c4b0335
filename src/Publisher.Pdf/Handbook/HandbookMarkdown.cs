using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;
using Publisher.Pdf.Handbook.Citations;

namespace Publisher.Pdf.Handbook;

/// <summary>The Markdown dialect of handbook chapters: CommonMark with pipe/grid tables, <c>$</c> math, emphasis extras, autolinks and pandoc citations.</summary>
internal static class HandbookMarkdown
{
    /// <summary>The shared Markdig pipeline (thread-safe once built).</summary>
    public static readonly MarkdownPipeline Pipeline = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables().UseGridTables().UseMathematics().UseEmphasisExtras().UseAutoLinks();
        // Before the link parser, so that [@key] is a citation and not an unresolved link reference.
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        return builder.Build();
    }

    /// <summary>Seed 004's convention: <c>[Title](#)</c>, a link whose target was lost, cites the work by title.</summary>
    public static bool IsTitleCitation(LinkInline link) => !link.IsImage && (link.Url ?? "").Trim() is "#" or "";

    /// <summary>
    /// The formulas of a chapter in reading order, as the renderer typesets them (<c>$$…$$</c> and math blocks
    /// are display); table cells are left out, since cells print math as its source.
    /// </summary>
    public static IEnumerable<(string Tex, bool Display)> Formulas(string markdown)
    {
        foreach (var leaf in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            if (InTableCell(leaf)) continue;
            if (leaf is Markdig.Extensions.Mathematics.MathBlock block) { yield return (block.Lines.ToString(), true); continue; }
            if (leaf.Inline is null) continue;
            foreach (var math in leaf.Inline.Descendants<Markdig.Extensions.Mathematics.MathInline>())
                yield return (math.Content.ToString(), math.DelimiterCount >= 2);
        }
    }

    private static bool InTableCell(Block block)
    {
        for (var b = block.Parent; b is not null; b = b.Parent)
            if (b is Markdig.Extensions.Tables.TableCell) return true;
        return false;
    }

    /// <summary>The visible text of an inline container (literals, code, math source); citations as written, or as <paramref name="citation"/> prints them.</summary>
    public static string PlainText(ContainerInline? inline, Func<CitationInline, string>? citation = null)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        foreach (var node in inline.Descendants())
            switch (node)
            {
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case CodeInline c: sb.Append(c.Content); break;
                case Markdig.Extensions.Mathematics.MathInline m: sb.Append(m.Content.ToString()); break;
                case CitationInline c: sb.Append(citation is null ? c.Source : citation(c)); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        return sb.ToString();
    }
}
