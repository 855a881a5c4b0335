using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Publisher.Importers.ReadingLists.Common;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// A document's Markdown blocks by character offset: the leaf that holds a reference (paragraph, heading,
/// table row, HTML block, code block, link definition) and the heading path above it. Built once per file,
/// looked up by binary search, so recognising n references costs O(n log n).
/// </summary>
public sealed class BlockIndex
{
    private readonly List<Block> _leaves = [];
    private readonly List<int> _starts = [];
    private readonly List<(int Offset, string? Topic)> _topics = [];

    /// <summary>Parses the document's text.</summary>
    public BlockIndex(string text)
    {
        Document = MarkdownSyntax.Parse(text);
        var topics = new TopicPath();
        Collect(Document, topics);
    }

    /// <summary>The parsed document.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>The innermost leaf block whose span holds the offset, or null (blank lines, front matter).</summary>
    public Block? LeafAt(int offset)
    {
        var i = _starts.BinarySearch(offset);
        if (i < 0) i = ~i - 1;
        for (var k = i; k >= 0 && k > i - 4; k--)
            if (_leaves[k].Span.Start <= offset && offset <= _leaves[k].Span.End) return _leaves[k];
        return null;
    }

    /// <summary>The heading path in force at an offset (headings before it), or null.</summary>
    public string? TopicAt(int offset)
    {
        int lo = 0, hi = _topics.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_topics[mid].Offset <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found < 0 ? null : _topics[found].Topic;
    }

    private void Collect(ContainerBlock container, TopicPath topics)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case Table table:
                    foreach (var row in table.OfType<TableRow>()) Add(row);
                    break;
                case HeadingBlock heading:
                    // The heading's own references belong to the path above it, so record the new path after it.
                    Add(heading);
                    topics.Enter(heading.Level, MarkdownSyntax.HeadingText(heading));
                    _topics.Add((heading.Span.End + 1, topics.Current));
                    break;
                case ContainerBlock inner:
                    Collect(inner, topics);
                    break;
                default:
                    Add(block);
                    break;
            }
        }
    }

    private void Add(Block block)
    {
        if (block.Span.IsEmpty) return;
        // Markdig visits blocks in document order, so the lists stay sorted.
        if (_starts.Count > 0 && block.Span.Start < _starts[^1])
        {
            var i = _starts.BinarySearch(block.Span.Start);
            if (i < 0) i = ~i;
            _starts.Insert(i, block.Span.Start);
            _leaves.Insert(i, block);
            return;
        }
        _starts.Add(block.Span.Start);
        _leaves.Add(block);
    }
}
