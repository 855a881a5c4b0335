using System.Globalization;
using Publisher.Model;

namespace Publisher.Pdf.Handbook.Citations;

/// <summary>
/// How a citation prints, in one place for the page and for plain text (headings in bookmarks and contents):
/// <c>[see @a, p. 3; @b]</c> → <c>[see 1, p. 3; 2]</c>, <c>@a</c> → <c>Author [1]</c>, an unknown key → <c>[?key]</c>,
/// <c>[Title](#)</c> → its title then <c> [1]</c>.
/// </summary>
internal sealed class CitationPrinter(Lazy<CitationResolver> resolver, IReadOnlyDictionary<string, int> numbers, Func<string?, string> clean)
{
    /// <summary>Finds the cited entries (built on first use).</summary>
    public CitationResolver Resolver => resolver.Value;

    /// <summary>The bibliography number of an entry, as printed.</summary>
    public string Number(Entry entry) => numbers[entry.Id].ToString(CultureInfo.InvariantCulture);

    /// <summary>The pieces of a pandoc citation whose items resolved to <paramref name="resolved"/>.</summary>
    public List<CitationPiece> Citation(CitationInline citation, IReadOnlyList<(CitationItem Item, Entry? Entry)> resolved)
    {
        if (!citation.Bracketed)
        {
            var (item, entry) = resolved[0];
            return entry is null ? [new($"[?{item.Key}]")] : [new(InTextAuthor(entry) + " ["), new(Number(entry), entry), new("]")];
        }
        var separator = resolved.Any(r => r.Item.Prefix.Length > 0 || r.Item.Locator.Length > 0) ? "; " : ", ";
        var pieces = new List<CitationPiece> { new("[") };
        for (var i = 0; i < resolved.Count; i++)
        {
            var (item, entry) = resolved[i];
            if (i > 0) pieces.Add(new(separator));
            if (item.Prefix.Length > 0) pieces.Add(new(clean(item.Prefix) + " "));
            pieces.Add(entry is null ? new("?" + item.Key) : new(Number(entry), entry));
            if (item.Locator.Length > 0) pieces.Add(new(", " + clean(item.Locator)));
        }
        pieces.Add(new("]"));
        return pieces;
    }

    /// <summary>
    /// What follows the text of a <c>[Title](#)</c>: its number(s); <c> [?]</c> for an unknown title that reads like
    /// one; nothing for a short link text (seed 004 also lost the targets of "[github](#)", "[pdf](#)").
    /// </summary>
    public List<CitationPiece> TitleCitation(string title, IReadOnlyList<Entry> entries)
    {
        if (entries.Count == 0) return LooksLikeTitle(title) ? [new(" [?]")] : [];
        var pieces = new List<CitationPiece> { new(" [") };
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) pieces.Add(new(", "));
            pieces.Add(new(Number(entries[i]), entries[i]));
        }
        pieces.Add(new("]"));
        return pieces;
    }

    /// <summary>True when unresolved link text reads like a title (four words or more) and is worth reporting.</summary>
    public static bool LooksLikeTitle(string title) => title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4;

    private string InTextAuthor(Entry entry)
    {
        var named = entry.Authors.Where(a => !a.IsOthers).ToList();
        if (named.Count == 0) return clean(entry.Title);
        var first = clean(named[0].FamilyWithParticle.Length > 0 ? named[0].FamilyWithParticle : named[0].DisplayName);
        return named.Count == 1 && !entry.Authors.Any(a => a.IsOthers) ? first
            : named.Count == 2 && !entry.Authors.Any(a => a.IsOthers) ? $"{first} and {clean(named[1].FamilyWithParticle)}"
            : first + " et al.";
    }
}
