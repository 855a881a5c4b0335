using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;
using Publisher.Pdf.Handbook.Citations;

namespace Publisher.Pdf.Handbook;

/// <summary>The Markdown dialect of handbook chapters: CommonMark with pipe/grid tables, <c>$</c> math, emphasis extras, autolinks and pandoc citations.</summary>
internal static partial class HandbookMarkdown
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

    /// <summary>A heading without the number its source gave it ("2.2.2.5.1 PPO" → "PPO", "三、" kept): the book numbers headings itself.</summary>
    public static string WithoutNumber(string heading)
    {
        var m = SourceNumber().Match(heading);
        return m.Success && m.Length < heading.Length ? heading[m.Length..] : heading;
    }

    /// <summary>Length of the source number at the start of <paramref name="heading"/> (0 when none), as <see cref="WithoutNumber"/> removes it.</summary>
    public static int SourceNumberLength(string heading)
    {
        var m = SourceNumber().Match(heading);
        return m.Success && m.Length < heading.Length ? m.Length : 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+(?:\.\d+)*\.?\s+(?=\S)")]
    private static partial System.Text.RegularExpressions.Regex SourceNumber();

    /// <summary>The text of an inline container as written (literals, code, math source, citations as their source): the title a <c>[Title](#)</c> cites.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        foreach (var node in inline.Descendants())
            switch (node)
            {
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case CodeInline c: sb.Append(c.Content); break;
                case Markdig.Extensions.Mathematics.MathInline m: sb.Append(m.Content.ToString()); break;
                case CitationInline c: sb.Append(c.Source); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        return sb.ToString();
    }
}
