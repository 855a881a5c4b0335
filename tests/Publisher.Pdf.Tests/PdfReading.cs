using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publisher.Pdf.Tests;

/// <summary>Helpers that read a PDF back the way a reader would.</summary>
internal static class PdfReading
{
    /// <summary>Words of the content area (without running header and footer), in reading order, joined by spaces.</summary>
    public static string ContentText(Page page, float marginTop = 62, float marginBottom = 56)
    {
        var words = page.GetWords().Where(w => w.BoundingBox.Bottom > marginBottom - 2 && w.BoundingBox.Top < page.Height - marginTop + 2);
        return string.Join(" ", Lines(words).Select(l => string.Join(" ", l.Select(w => w.Text))));
    }

    /// <summary>Words grouped into lines (top to bottom, left to right).</summary>
    public static List<List<Word>> Lines(IEnumerable<Word> words) =>
        words.GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2.0))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .ToList();

    /// <summary>Removes all whitespace (so a title wrapped over lines or pages still matches).</summary>
    public static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The first page (1-based) whose content has "Chapter N" as consecutive words; 0 when absent.</summary>
    public static int ChapterStartPage(PdfDocument doc, int chapter)
    {
        foreach (var page in doc.GetPages())
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            for (var i = 0; i + 1 < words.Count; i++)
                if (words[i] == "Chapter" && words[i + 1] == chapter.ToString()) return page.Number;
        }
        return 0;
    }
}
