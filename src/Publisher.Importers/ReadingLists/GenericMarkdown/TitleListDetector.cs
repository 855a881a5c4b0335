using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Importers.ReadingLists.Coverage;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.GenericMarkdown;

/// <summary>
/// Recognises a list of bare titles ("* Indexing by Latent Semantic Analysis", one paper per item, no links): a
/// reading list kept as titles only, whose items are papers that enrichment finds by title. A list qualifies when
/// it has at least <see cref="MinItems"/> items, four in five read as Latin-script titles and the middle one has
/// <see cref="MedianWords"/> words, so feature lists, licence lists, contents and notes ("- Install the package.")
/// stay prose.
/// </summary>
public sealed class TitleListDetector
{
    /// <summary>Fewest items a list needs to be read as a list of titles.</summary>
    public const int MinItems = 5;

    /// <summary>Fewest words the middle title of the list needs (licence and model names are shorter).</summary>
    public const int MedianWords = 5;

    // Per list: its items' titles when it is a list of titles, else null (each item is read once).
    private readonly Dictionary<ListBlock, Dictionary<ParagraphBlock, string>?> _lists = new(ReferenceEqualityComparer.Instance);

    /// <summary>The title of a link-less list-item paragraph when its list is a list of titles, else null.</summary>
    public string? TitleOf(ParagraphBlock para)
    {
        if (para.Parent is not ListItemBlock { Parent: ListBlock list }) return null;
        if (!_lists.TryGetValue(list, out var titles)) _lists[list] = titles = TitlesOf(list);
        return titles?.GetValueOrDefault(para);
    }

    private static Dictionary<ParagraphBlock, string>? TitlesOf(ListBlock list)
    {
        var firsts = list.OfType<ListItemBlock>().Select(i => i.FirstOrDefault() as ParagraphBlock).ToList();
        if (firsts.Count < MinItems) return null;
        var titles = new Dictionary<ParagraphBlock, string>(ReferenceEqualityComparer.Instance);
        foreach (var p in firsts)
            if (p is not null && ItemTitle(p) is { } t) titles[p] = t;
        var words = titles.Values.Select(TitleText.WordCount).Order().ToList();
        // Paper titles run to about eight words; licence names, model names and menu entries to two or three.
        return titles.Count >= MinItems && titles.Count * 5 >= firsts.Count * 4 && words[words.Count / 2] >= MedianWords ? titles : null;
    }

    private static string? ItemTitle(ParagraphBlock para)
    {
        // "`Apache License 2.0`": a name in code marks is an identifier, not a title.
        if (para.Inline is { } inline && inline.All(i => i is CodeInline || i is LiteralInline lit && lit.Content.IsEmptyOrWhitespace())) return null;
        var prose = LinkLine.Prose(para.Inline);
        // A sentence is a note, not a title: titles do not end with a full stop or hold a Chinese one.
        if (prose.Length == 0 || prose[^1] is '.' or '!' or '！' or '。' || prose.Contains('。')) return null;
        var text = TitleText.Clean(prose);
        if (!TitleText.IsTitle(text) || TitleText.IsAuthorList(text)) return null;
        // Chinese list items are notes, questions and model names far more often than bare paper titles (measured on
        // the corpus): only Latin-script titles make a list of titles.
        if (CjkText.ContainsIdeograph(text)) return null;
        var words = TitleText.WordCount(text);
        return words is >= 3 and <= 30 && !char.IsLower(text[0]) ? text : null;
    }
}
