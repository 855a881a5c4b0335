using Markdig.Syntax.Inlines;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>
/// Papers cited in running prose as <c>[RAFT](https://arxiv.org/abs/…)</c>: each becomes a small entry
/// (title from the link text, the arXiv id, the topic) so no arXiv id in a list is lost. Links to anything
/// else in prose stay prose: "the repo's [run_clm.py](…)" is not a work.
/// </summary>
public static class ArxivMentions
{
    /// <summary>Adds one entry per titled arXiv link in the inlines.</summary>
    public static void Add(ImportResultBuilder builder, ContainerInline? inline, string? topic, ArxivClashDetector clashes)
    {
        foreach (var link in MarkdownSyntax.Links(inline))
        {
            if (link.Label.Length == 0 || LinkClassifier.IsRoleLabel(link.Label) || link.Label.StartsWith("http", StringComparison.OrdinalIgnoreCase)) continue;
            if (!LinkClassifier.TryArxiv(link.Url, out _)) continue;
            var draft = new EntryDraft(builder, link.Line, topic) { Title = link.Label.Trim() };
            draft.AddLink(link.Url, null, link.Line);
            clashes.Check(draft);
            builder.Add(draft.ToEntry());
        }
    }
}
