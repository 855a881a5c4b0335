using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Importers.ReadingLists.Coverage;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.GenericMarkdown;

/// <summary>
/// Recognises lists of papers named without links: bare titles ("* Indexing by Latent Semantic Analysis") or
/// references ("* A. Smith and B. Jones: Title, ICML 2001."), one paper per item — a reading list kept as text,
/// whose items are papers that enrichment finds by title.
/// <list type="bullet">
/// <item>A list of titles needs at least <see cref="MinItems"/> items, four in five read as Latin-script titles and
/// a middle title of <see cref="MedianWords"/> words, so feature lists, licence lists, contents and notes
/// ("- Install the package.") stay prose.</item>
/// <item>A list is read as references when at least two of its items, and half of them, are certain: they name
/// people for certain (several, initials or "et al.") and give a year or venue. In a document with
/// <see cref="MinItems"/> certain references, any list half of whose items read as references, one with a year or
/// venue, is one too, however short (a section holding one or two papers). Otherwise a title with a subtitle
/// ("Mastering Chess and Shogi: …") would lose its head to "authors", and credits ("Alice Smith and Bob Jones:
/// Original design") would become papers.</item>
/// <item>A list half of whose items (two at least) start with a title in Chinese title marks ("1. 《Title》（2017）")
/// names works by those titles: Latin-script ones unless the list hangs under a books label, Chinese ones only under
/// a label that says papers (论文, paper), since the marks also name films, songs and books.</item>
/// </list>
/// Link-less items of a list of references that do not read as one are named by <see cref="IsUnread"/>, so the
/// importer can say so instead of dropping them silently; linked items of such a list (or certain alone) give their
/// authors, venue and year through <see cref="LinkedReferenceOf"/>.
/// </summary>
public sealed partial class TitleListDetector
{
    /// <summary>Fewest items a list needs to be read as a list of titles.</summary>
    public const int MinItems = 5;

    /// <summary>Fewest words the middle title of the list needs (licence and model names are shorter).</summary>
    public const int MedianWords = 5;

    // The paper each link-less item of a list of papers names; null for an item of a list of references read as neither.
    private readonly Dictionary<ParagraphBlock, ReferenceItem?> _items = new(ReferenceEqualityComparer.Instance);

    // The reference a linked item reads as ("Pat Doe and Ann Roe: [Title](…), KDD 2002"), in a list of references or certain alone.
    private readonly Dictionary<ParagraphBlock, ReferenceItem> _linked = new(ReferenceEqualityComparer.Instance);

    /// <summary>Reads every list of the document once.</summary>
    public TitleListDetector(MarkdownDocument document)
    {
        var lists = document.Descendants<ListBlock>().Select(Read).ToList();
        var referenceDocument = lists.Sum(l => l.Count(i => IsCertain(i.Reference))) >= MinItems;
        foreach (var items in lists) Decide(items, referenceDocument);
    }

    /// <summary>The paper a link-less list-item paragraph names when its list is a list of titles or references, else null.</summary>
    public ReferenceItem? ItemOf(ParagraphBlock para) => _items.GetValueOrDefault(para);

    /// <summary>
    /// The reference a linked list item reads as, its title being the link's text, when its list is a list of
    /// references or the item alone is certain; else null. The caller checks the title against the link's.
    /// </summary>
    public ReferenceItem? LinkedReferenceOf(ParagraphBlock para) => _linked.GetValueOrDefault(para);

    /// <summary>True for a link-less item of a list of references that does not read as a reference.</summary>
    public bool IsUnread(ParagraphBlock para) => _items.TryGetValue(para, out var item) && item is null;

    private sealed record Item(ParagraphBlock Para, bool Linked, ReferenceItem? Reference, string? Title, ReferenceItem? Marked);

    private static List<Item> Read(ListBlock list)
    {
        var items = new List<Item>();
        foreach (var p in list.OfType<ListItemBlock>().Select(i => i.FirstOrDefault() as ParagraphBlock))
        {
            if (p is null) continue;
            var prose = LinkLine.Prose(p.Inline);
            items.Add(new Item(p, MarkdownSyntax.Links(p.Inline).Count > 0, ReferenceItem.Parse(prose), ItemTitle(p, prose), ReferenceItem.ParseMarked(prose)));
        }
        return items;
    }

    private void Decide(List<Item> items, bool referenceDocument)
    {
        if (items.Count == 0) return;
        foreach (var i in items.Where(i => i.Linked && i.Reference is { IsCertain: true })) _linked[i.Para] = i.Reference!;
        var certain = items.Count(i => IsCertain(i.Reference));
        var references = items.Count(i => i.Reference is not null);
        // In a reference document a short list needs one item that gives a year or venue: "Alice Smith: Original
        // design" in a credits list reads as a reference too.
        if ((certain >= 2 && certain * 2 >= items.Count)
            || (referenceDocument && references * 2 >= items.Count && items.Any(i => i.Reference is { DatedForCertain: true })))
        {
            foreach (var i in items.Where(i => !i.Linked)) _items[i.Para] = i.Reference;
            // A linked item's tail is read only when it is certain on its own: "Lu Verso: [Title](…). Read this first"
            // has a note, not a venue.
            foreach (var i in items.Where(i => i.Linked && i.Reference is { IsCertain: true })) _linked[i.Para] = i.Reference!;
            return;
        }
        // "1. 《Title》（2017）": Chinese title marks say what is a title. Chinese-script titles only under a label that
        // says papers: marks also name films, songs and books (《肖申克的救赎》).
        var label = LabelOf(items[0].Para);
        var papers = PaperLabel().IsMatch(label);
        var marked = items.Where(i => i.Marked is { } m && (papers || !CjkText.ContainsIdeograph(m.Title))).ToList();
        if (marked.Count >= 2 && marked.Count * 2 >= items.Count && (papers || !BookLabel().IsMatch(label)))
        {
            foreach (var i in marked.Where(i => !i.Linked)) _items[i.Para] = i.Marked;
            return;
        }
        var titles = items.Where(i => i.Title is not null).ToList();
        if (titles.Count < MinItems || titles.Count * 5 < items.Count * 4) return;
        // Paper titles run to about eight words; licence names, model names and menu entries to two or three.
        var words = titles.Select(i => TitleText.WordCount(i.Title!)).Order().ToList();
        if (words[words.Count / 2] < MedianWords) return;
        foreach (var i in titles.Where(i => !i.Linked)) _items[i.Para] = Bare(i.Title!);
    }

    // Certain people and a year or venue: what a reference has and a note or credit has not.
    private static bool IsCertain(ReferenceItem? r) => r is { IsCertain: true };

    // The label a list hangs under: its parent item's text, else the heading or paragraph right above it.
    private static string LabelOf(ParagraphBlock first)
    {
        if (first.Parent?.Parent is not ListBlock list) return "";
        Block? label = list.Parent is ListItemBlock item ? item.FirstOrDefault() as ParagraphBlock : null;
        if (label is null && list.Parent is { } container && container.IndexOf(list) is var at and > 0) label = container[at - 1];
        return label is LeafBlock leaf ? MarkdownSyntax.PlainText(leaf) : "";
    }

    [GeneratedRegex(@"论文|文献|\bpapers?\b|arxiv", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaperLabel();

    [GeneratedRegex(@"书籍|图书|书单|书目|教材|著作|\bbooks?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BookLabel();

    private static ReferenceItem Bare(string title) => new(title, null, null, null, false);

    private static string? ItemTitle(ParagraphBlock para, string prose)
    {
        // "`Apache License 2.0`": a name in code marks is an identifier, not a title.
        if (para.Inline is { } inline && inline.All(i => i is CodeInline || i is LiteralInline lit && lit.Content.IsEmptyOrWhitespace())) return null;
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
