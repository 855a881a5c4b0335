using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace Publisher.Pdf.Tests;

/// <summary>Helpers that read a PDF back the way a reader would.</summary>
internal static partial class PdfReading
{
    /// <summary>
    /// The in-document links on pages before <paramref name="bibliographyStart"/> whose text is a number (citations;
    /// contents lines are skipped), each asserted to lead into the bibliography and to land on its own <c>[n]</c> label.
    /// </summary>
    public static List<(int Number, int Page, double Top)> CitationLinks(PdfDocument doc, int bibliographyStart)
    {
        var links = new List<(int Number, int Page, double Top)>();
        foreach (var page in doc.GetPages().Where(p => p.Number < bibliographyStart))
            foreach (var annotation in page.GetAnnotations().Where(a => a.Type == AnnotationType.Link && a.Action is GoToAction))
            {
                var label = string.Concat(page.Letters.Where(l => Inside(l, annotation.Rectangle)).Select(l => l.Value)).Trim();
                if (!int.TryParse(label, out var number)) continue;
                var destination = ((GoToAction)annotation.Action!).Destination;
                Assert.True(destination.PageNumber >= bibliographyStart, $"citation [{number}] on page {page.Number} leads to page {destination.PageNumber}");
                var target = doc.GetPage(destination.PageNumber);
                var top = destination.Coordinates.Top ?? target.Height;
                // The first bibliography label below the destination's top is the cited entry's.
                var landed = target.GetWords().Where(w => BracketNumber().IsMatch(w.Text) && w.BoundingBox.Top <= top + 1)
                    .OrderByDescending(w => w.BoundingBox.Top).First();
                Assert.Equal($"[{number}]", landed.Text);
                links.Add((number, page.Number, annotation.Rectangle.Top));
            }
        return links;
    }

    /// <summary>A bookmark and all bookmarks below it.</summary>
    public static IEnumerable<BookmarkNode> Flatten(BookmarkNode node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));

    private static bool Inside(Letter l, UglyToad.PdfPig.Core.PdfRectangle r) =>
        l.BoundingBox.Centroid.X >= r.Left && l.BoundingBox.Centroid.X <= r.Right && l.BoundingBox.Centroid.Y >= r.Bottom && l.BoundingBox.Centroid.Y <= r.Top;

    [GeneratedRegex(@"^\[\d+\]$")]
    private static partial Regex BracketNumber();

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
