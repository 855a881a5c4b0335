using System.Text;
using Markdig.Syntax;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>
/// Recovers Markdown swallowed by an HTML block. CommonMark runs an HTML block such as
/// <c>&lt;p align="center"&gt;&lt;img …&gt;&lt;/p&gt;</c> on to the next blank line, so a list that writes
/// <c>**Paper Title**</c> straight under the image line loses the title into the HTML. The lines of such a
/// block that are not tags are parsed again, at their own line numbers.
/// </summary>
public static class HtmlBlockMarkdown
{
    /// <summary>The Markdown blocks hidden in an HTML block's non-tag lines (none for comments, scripts and the like).</summary>
    public static IEnumerable<Block> Reparse(HtmlBlock html)
    {
        if (html.Type is not (HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock)) yield break;
        var lines = html.Lines.Lines;
        var run = new List<(int Line, string Text)>();
        var insideComment = false;
        for (var i = 0; i < html.Lines.Count; i++)
        {
            var text = lines[i].Slice.ToString();
            var trimmed = text.Trim();
            if (trimmed.Contains("<!--", StringComparison.Ordinal)) insideComment = true;
            var isMarkdown = !insideComment && trimmed.Length > 0 && !trimmed.StartsWith('<');
            if (trimmed.Contains("-->", StringComparison.Ordinal)) insideComment = false;
            if (isMarkdown)
            {
                run.Add((html.Line + i, text));
                continue;
            }
            foreach (var b in Parse(run)) yield return b;
            run.Clear();
        }
        foreach (var b in Parse(run)) yield return b;
    }

    private static IEnumerable<Block> Parse(List<(int Line, string Text)> run)
    {
        if (run.Count == 0) return [];
        // Padding with empty lines makes Markdig report the lines where the text really is.
        var sb = new StringBuilder().Append('\n', run[0].Line);
        foreach (var (_, text) in run) sb.Append(text).Append('\n');
        return BlockWalker.Leaves(MarkdownSyntax.Parse(sb.ToString())).ToList();
    }
}
