using System.Text;
using Markdig.Syntax;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// BibTeX pasted into a Markdown code fence: the fence is handed to the BibTeX importer (at its own line
/// numbers) and the entry that carries the reference is used whole.
/// </summary>
public sealed class BibTeXFenceRecogniser
{
    private readonly Dictionary<int, ImportResult> _read = [];

    /// <summary>The BibTeX entry holding the reference, or null when the fence is not BibTeX or no entry holds it.</summary>
    public BlockMatch? Recognise(CodeBlock block, SourceDocument document, PaperReference target)
    {
        if (!_read.TryGetValue(block.Span.Start, out var result))
        {
            var code = document.Text.Substring(block.Span.Start, Math.Min(block.Span.Length, document.Text.Length - block.Span.Start));
            if (!code.Contains('@') || !code.Contains('{')) return null;
            // Padding keeps the BibTeX importer's line numbers those of the Markdown file; fence markers are blanked.
            var padded = new StringBuilder().Append('\n', block.Line).Append(string.Join('\n', code.Split('\n').Select(l => l.TrimStart().StartsWith("```", StringComparison.Ordinal) || l.TrimStart().StartsWith("~~~", StringComparison.Ordinal) ? "" : l)));
            _read[block.Span.Start] = result = new BibTeX.BibTeXImporter().Import(new SourceDocument(document.File, padded.ToString(), document.Encoding));
        }
        var entry = result.Entries.FirstOrDefault(e => target.Arxiv is { } id ? e.ArxivId?.Base == id.Base
            : e.Links.Any(l => InlineTitleFinder.PointsAt(l.Url, target)) || (target.Doi is { } d && e.Doi == d));
        return entry is null ? null : new BlockMatch(entry.Title.Length > 0 ? entry.Title : null, null, [], entry.Sources.FirstOrDefault()?.Line ?? target.Line, "bibtex-fence") { Complete = entry };
    }
}
