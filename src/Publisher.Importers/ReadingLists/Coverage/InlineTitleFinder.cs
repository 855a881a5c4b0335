using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;
using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Coverage;

/// <summary>
/// Picks a title out of a run of inlines, in the order lists use to mark one: bold text, quoted text,
/// the text of the link to the paper, the text of another link (a title linking to a local summary),
/// then the prose before the links. Chinese candidates become the alternative title.
/// </summary>
public static partial class InlineTitleFinder
{
    /// <summary>The title and alternative title found in the inlines (either may be null).</summary>
    /// <param name="items">The inlines of the entry's segment.</param>
    /// <param name="target">The reference the entry is for (its link text may be the title), or null.</param>
    /// <param name="allowProse">Whether plain prose before the links may be the title.</param>
    public static (string? Title, string? Alt) Find(IReadOnlyList<Inline> items, PaperReference? target, bool allowProse, bool nameCell = false)
    {
        string? alt = null;
        foreach (var (text, needsPhrase, isProse, isBold) in Candidates(items, target, allowProse, nameCell))
        {
            var t = TitleText.Clean(text);
            // Bold text is marked as the name: "**Smaller, Weaker, Yet Better**" has the commas of an author list, not its role.
            if (!TitleText.IsTitle(t) || (needsPhrase && !TitleText.IsPhrase(t)) || (!isBold && TitleText.IsAuthorList(t))) continue;
            // Prose cut between two links (") and a translated title (") is not a title.
            if (isProse && (char.IsLower(t[0]) || !char.IsLetterOrDigit(t[0]) || t.Count(c => c is '(' or '（') != t.Count(c => c is ')' or '）'))) continue;
            // Chinese prose is a summary, not a headline: only marked-up Chinese text becomes the alternative title.
            if (CjkText.GuessLanguage(t) == "zh") { if (!isProse) alt ??= t; continue; }
            return (t, alt);
        }
        return (null, alt);
    }

    /// <summary>Plain text of a run of inlines.</summary>
    public static string PlainText(IEnumerable<Inline> items) => MarkdownSyntax.Collapse(string.Join("", items.Select(i => i is LineBreakInline ? " " : MarkdownSyntax.PlainText(i))));

    /// <summary>True when the link points at the reference (same arXiv id, DOI or page).</summary>
    public static bool PointsAt(string url, PaperReference target)
    {
        if (target.Arxiv is { } id) return ArxivId.TryParseUrlOrId(url.Trim(), out var other) && other.Base == id.Base;
        return target.Url is { } u && PaperReferenceScanner.NormaliseUrl(url) == PaperReferenceScanner.NormaliseUrl(u);
    }

    private static IEnumerable<(string Text, bool NeedsPhrase, bool IsProse, bool IsBold)> Candidates(IReadOnlyList<Inline> items, PaperReference? target, bool allowProse, bool nameCell)
    {
        var all = items.SelectMany(MarkdownSyntax.Descendants).ToList();
        foreach (var strong in all.OfType<EmphasisInline>().Where(e => e.DelimiterCount >= 2))
            yield return (MarkdownSyntax.PlainText(strong), false, false, true);
        var plain = PlainText(items);
        foreach (var quoted in QuotedPassages(plain))
            yield return (quoted, true, false, false);
        var links = all.OfType<LinkInline>().Where(l => !l.IsImage && !string.IsNullOrWhiteSpace(l.Url)).ToList();
        if (target is not null)
            foreach (var link in links.Where(l => PointsAt(l.Url!, target)))
                yield return (MarkdownSyntax.PlainText(link), false, false, false);
        foreach (var link in links.Where(l => target is null || !PointsAt(l.Url!, target)))
        {
            var kind = LinkClassifier.Classify(link.Url!, null);
            if (kind is LinkKind.Code or LinkKind.Weights or LinkKind.Dataset || ArxivId.LooksLikeArxivUrl(link.Url)) continue;
            // Under a "Name" header a one-word link ("[CLIP](blog)") is the paper's name, not a "here"/"code" label.
            yield return (MarkdownSyntax.PlainText(link), !nameCell, false, false);
        }
        if (!allowProse) yield break;
        var before = new List<Inline>();
        foreach (var item in items)
        {
            if (target is not null && item.Span.Start <= target.Offset && target.Offset <= item.Span.End && before.Count > 0) break;
            before.Add(item);
        }
        var head = TitlePart(LinkLine.Prose(before));
        if (TitleText.WordCount(head) <= TitleText.MaxProseWords) yield return (head, true, true, false);
    }

    /// <summary>The start of a line of prose up to where a citation's rest begins (authors, year, a dash or full-width colon).</summary>
    public static string TitlePart(string prose)
    {
        // Past a list number: "2. A Universal Law …" is not an initial ("A.") ending a title at "2".
        var start = TitleText.ListNumberLength(prose);
        var cut = ProseEnd().Match(prose, start);
        return cut.Success && cut.Index > start ? prose[..cut.Index] : prose;
    }

    /// <summary>The quoted passages of a text ("…", “…”, 「…」, 『…』), in order: how citation strings mark a title.</summary>
    public static IEnumerable<string> QuotedPassages(string plain) => Quoted().Matches(plain).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"[“""「『]([^“”""「」『』]{4,300})[”""」』]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    // Where a title ends and the citation's rest begins: "Title：", " - ", ". A. Smith", ". Smith, ",
    // ". Dan Hendrycks et al.", " (2015), Y. Jia et al.", ", R. Collobert et al.".
    [GeneratedRegex(@"：|\s[-–—|]\s|\.\s+(?=\p{Lu}\.?\s|\p{Lu}[\p{Ll}]+,|[^.]*\bet al\b)|,\s(?=(?:\p{Lu}\.\s?)+\p{Lu}[\p{Ll}]+\s+et al\b)|\s\((?:19|20)[0-9]{2}\)(?=[,.]|\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ProseEnd();
}
