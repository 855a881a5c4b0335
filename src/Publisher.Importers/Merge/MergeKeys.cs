using Publisher.Model;

namespace Publisher.Importers.Merge;

/// <summary>
/// What the merge compares of each entry (identifiers, normalised titles; an entry's id is made from them), taken
/// once as entries arrive, so that the entries themselves can be held elsewhere: <c>publisher import</c> keeps
/// them as catalog bytes (<see cref="Publisher.Model.Serialization.EntryJsonStore"/>) and reads back only the few that merge.
/// </summary>
public sealed class MergeKeys
{
    internal List<string?> Arxiv { get; } = [];
    internal List<string?> Doi { get; } = [];
    internal List<string?> ClashDoi { get; } = [];
    internal List<string?> Repository { get; } = [];
    internal List<string?> Pdf { get; } = [];
    internal List<string> Normalized { get; } = [];
    internal List<string> Stripped { get; } = [];
    internal List<bool> IdeographTitle { get; } = [];
    internal List<SourceRef?> FirstSource { get; } = [];

    /// <summary>Entries added so far.</summary>
    public int Count => Normalized.Count;

    /// <summary>Takes the keys of the next entry.</summary>
    public void Add(Entry e)
    {
        Arxiv.Add(e.ArxivId?.Base);
        Doi.Add(e.Doi?.Value.ToUpperInvariant());
        // The clash report names DOIs in lower case and leaves out arXiv's own DataCite DOIs.
        ClashDoi.Add(e.Doi is { IsArxivDataCite: false } d ? d.Value.ToLowerInvariant() : null);
        Repository.Add(e.Kind == EntryKind.Repository ? EntryMerger.RepositoryKey(e) : null);
        Pdf.Add(e.ArxivId is null && e.Doi is null ? EntryMerger.PdfKey(e) : null);
        var normalized = TitleNormalizer.Normalize(e.Title);
        Normalized.Add(normalized);
        Stripped.Add(TitleNormalizer.NormalizeWithoutPrefix(e.Title, normalized));
        IdeographTitle.Add(CjkText.ContainsIdeograph(e.Title));
        FirstSource.Add(e.Sources.Count > 0 ? e.Sources[0] : null);
    }
}
