using Markdig.Syntax;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>Walks Markdown blocks in document order, entering lists and quotes but not HTML or code.</summary>
public static class BlockWalker
{
    /// <summary>Headings, paragraphs, tables, HTML and code blocks in document order (containers are entered, not returned).</summary>
    public static IEnumerable<Block> Leaves(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is Markdig.Extensions.Tables.Table table) { yield return table; continue; }
            if (block is ContainerBlock inner)
            {
                foreach (var b in Leaves(inner)) yield return b;
                continue;
            }
            yield return block;
        }
    }
}
