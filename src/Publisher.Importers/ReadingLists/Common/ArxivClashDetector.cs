using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>
/// Warns when one list gives the same arXiv id to two differently titled entries: a copy-paste slip in the
/// list (seed 002 gives BIG-bench the id of SpeechGPT) that merge would otherwise silently act on.
/// </summary>
public sealed class ArxivClashDetector(ImportResultBuilder builder)
{
    private const double SameTitle = 0.8;
    private readonly Dictionary<string, (string Title, int Line)> _seen = new(StringComparer.Ordinal);

    /// <summary>Records an entry's id and warns on a clash with an earlier entry.</summary>
    public void Check(EntryDraft draft)
    {
        if (draft.ArxivId is not { } id || string.IsNullOrWhiteSpace(draft.Title)) return;
        if (_seen.TryGetValue(id.Base, out var earlier))
        {
            if (TitleNormalizer.Similarity(earlier.Title, draft.Title) < SameTitle && !IsShortName(earlier.Title, draft.Title))
                builder.Warn(draft.Line, $"arXiv id {id.Base} is also given at line {earlier.Line} for '{earlier.Title}', a different title than '{draft.Title}'; one of the two links is probably wrong, and the entries will be merged", "PUB216");
            return;
        }
        _seen[id.Base] = (draft.Title, draft.Line);
    }

    // "LLaMA" and "LLaMA: Open and Efficient Foundation Language Models" name the same work.
    private static bool IsShortName(string a, string b)
    {
        var (x, y) = (TitleNormalizer.Normalize(a), TitleNormalizer.Normalize(b));
        return x.Length > 0 && y.Length > 0 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
    }
}
