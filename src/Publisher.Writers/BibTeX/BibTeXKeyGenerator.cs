using Publisher.Model;

namespace Publisher.Writers.BibTeX;

/// <summary>The BibTeX writer's citation keys: the model's <see cref="CitationKeyGenerator"/> (shared with the handbook's citations).</summary>
public static class BibTeXKeyGenerator
{
    /// <summary>Keys for every entry, indexed like <paramref name="entries"/>.</summary>
    public static string[] Assign(IReadOnlyList<Entry> entries) => CitationKeyGenerator.Assign(entries);

    /// <summary>The key before disambiguation; never empty.</summary>
    public static string BaseKey(Entry entry) => CitationKeyGenerator.BaseKey(entry);
}
