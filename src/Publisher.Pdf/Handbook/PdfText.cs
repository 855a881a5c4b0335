using System.Globalization;
using System.Text;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Handbook;

/// <summary>
/// Prepares catalog text for the page: emoji and other pictographs that no shipped font draws are
/// dropped (they decorate headings in awesome-lists); any other character without a glyph is left
/// in so that layout fails and names it.
/// </summary>
internal static class PdfText
{
    /// <summary>The text without undrawable symbols, whitespace collapsed.</summary>
    public static string Clean(string? text, ISet<int>? dropped = null)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Most catalog text is clean already: returned as it is instead of copied four times (builder, string,
        // split words, joined), for every title, name and summary of the book.
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            var len = 1;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length) { cp = char.ConvertToUtf32(text[i], text[i + 1]); len = 2; }
            if (cp >= 0x250 && IsDecorative(cp) && !LayoutDocument.CanDraw(cp))
            {
                dropped?.Add(cp);
                i += len - 1;
                continue;
            }
            sb.Append(text, i, len);
            i += len - 1;
        }
        return string.Join(' ', sb.ToString().Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when <see cref="Clean"/> would return the text unchanged: single spaces only, none at the ends, nothing to drop.</summary>
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\r' or '\n' || (c == ' ' && text[i + 1] == ' ')) return false;
            if (c >= 0x250 && (char.IsSurrogate(c) || (IsDecorative(c) && !LayoutDocument.CanDraw(c)))) return false;
        }
        return true;
    }

    private static bool IsDecorative(int cp)
    {
        if (cp is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or 0x200D or >= 0xFE00 and <= 0xFE0F or >= 0x1F3FB and <= 0x1F3FF) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format or UnicodeCategory.PrivateUse;
    }
}
